/// `spark --version`.
public enum SparkVersion {
    /// The release, as `spark --version` prints it and the man page names it.
    public static let number = "0.9.0"
    public static let text = "spark \(number)"
}
