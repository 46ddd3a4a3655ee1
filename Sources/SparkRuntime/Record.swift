import SparkModel
import SparkSyntax

/// Where something was written: a file and a range in it.
public struct SourceLocation: Sendable {
    public var file: SourceFile
    public var range: SourceRange

    public init(file: SourceFile, range: SourceRange) {
        self.file = file
        self.range = range
    }

    /// The source text of the range, as written.
    public var text: String {
        let bytes = file.bytes
        let start = max(0, min(range.start, bytes.count))
        let end = max(start, min(range.end, bytes.count))
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

/// An expectation that was evaluated: `expect ...` or `expect error { ... }`.
public struct CheckRecord: Sendable {
    public var location: SourceLocation
    /// Nil when the expectation held.
    public var failure: Diagnostic?
    /// For `expect error`: the error its block failed with (nil when the block succeeded).
    public var caught: Diagnostic?

    public init(location: SourceLocation, failure: Diagnostic?, caught: Diagnostic? = nil) {
        self.location = location
        self.failure = failure
        self.caught = caught
    }

    public var passed: Bool { failure == nil }
}

/// Everything a running script reports, as data. Front ends render records as text, JSON or JUnit.
public enum Record: Sendable {
    /// A statement succeeded: what it did, and where it was written.
    case result(StatementResult, SourceLocation)
    /// Something happened in the world as the clock moved: a campaign started, a code expired. The
    /// event carries its own time.
    case event(WorldEvent)
    /// A warning attached to a successful statement (a private video will become public, ...).
    case warning(Diagnostic)
    /// An expectation was evaluated.
    case check(CheckRecord)
    /// A runtime error: the statement changed nothing, and a script stops here.
    case error(Diagnostic)
}

/// Receives records as they happen. Injected, so the runtime never touches a terminal.
public protocol RecordSink: AnyObject {
    func emit(_ record: Record)
    /// False when results and events would be dropped (`--quiet`, `spark test`): the runtime then
    /// skips building them (the views they carry are most of the cost of a simple statement).
    /// Asked once per run.
    var wantsResults: Bool { get }
}

extension RecordSink {
    public var wantsResults: Bool { true }
}

/// A sink that keeps every record, for tests and the tutorial.
public final class RecordBuffer: RecordSink {
    public private(set) var records: [Record] = []
    public let wantsResults: Bool

    public init(wantsResults: Bool = true) {
        self.wantsResults = wantsResults
    }

    public func emit(_ record: Record) { records.append(record) }
}
