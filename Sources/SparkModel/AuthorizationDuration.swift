/// How long a Spark Code authorizes its video: 7, 30 (the default), 60 or 365 days (rule 4).
public enum AuthorizationDuration: Int, CaseIterable, Hashable, Sendable {
    case sevenDays = 7
    case thirtyDays = 30
    case sixtyDays = 60
    case oneYear = 365

    public static let standard = AuthorizationDuration.thirtyDays

    public var days: Int { rawValue }

    var seconds: Int64 { Int64(rawValue) * Instant.secondsPerDay }

    /// The duration of exactly `days` days, or `invalidDuration` naming the four choices.
    public init(days: Int) throws(DomainError) {
        guard let duration = AuthorizationDuration(rawValue: days) else {
            let (seconds, overflow) = Int64(days).multipliedReportingOverflow(by: Instant.secondsPerDay)
            throw .invalidDuration(seconds: overflow ? Int64.max : seconds)
        }
        self = duration
    }

    /// The duration of exactly `seconds` seconds (the language's `7d`, `2w`...), or `invalidDuration`.
    public init(seconds: Int64) throws(DomainError) {
        guard seconds % Instant.secondsPerDay == 0,
            let duration = AuthorizationDuration(rawValue: Int(seconds / Instant.secondsPerDay))
        else { throw .invalidDuration(seconds: seconds) }
        self = duration
    }
}
