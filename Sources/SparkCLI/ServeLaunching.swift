import SparkRuntime
import SparkSyntax

/// The server behind `spark serve`. It lives in the `spark-serve` executable, which links the HTTP
/// library and Foundation; `spark` itself links neither, so its start-up stays as it was.
public protocol ServeLaunching {
    /// Runs the FILEs into a world and serves it until SIGINT or SIGTERM; returns once stopped.
    func serve(_ settings: sending ServeSettings) throws(ServeFailure)
}

/// Everything the command line decided, in the runtime's terms.
public struct ServeSettings {
    public let host: String
    public let port: UInt16
    public let token: String
    public let options: SessionOptions
    public let files: [SourceFile]
    /// Reads what the FILEs `include`.
    public let reader: any ScriptReader
    /// Where the FILEs' diagnostics go (standard error).
    public let startupSink: any RecordSink
    /// The records of a control request as `spark run --format json` lines.
    public let renderLines: @Sendable ([Record]) -> [UInt8]
    /// Prints the ready line.
    public let announce: @Sendable (String) -> Void
}

public enum ServeFailure: Error, Equatable {
    /// A FILE failed (1) or did not parse (65): nothing is served.
    case startup(Session.Outcome)
    /// The address cannot be listened on: why.
    case cannotListen(String)
}
