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

    public var passed: Bool { failure == nil }
}

/// Everything a running script reports, as data. Front ends render records as text, JSON or JUnit.
public enum Record: Sendable {
    /// A statement succeeded: its one-line result ("code #s63Dde…qA= for video 42, 60 days, ...").
    /// Some statements (`show`, `list`, `help`) produce several lines, joined by newlines.
    case result(String, SourceLocation)
    /// Something happened in the world as the clock moved: a campaign started, a code expired.
    case event(String, time: String)
    /// A warning attached to a successful statement (a private video will become public, ...).
    case warning(Diagnostic)
    /// An expectation was evaluated.
    case check(CheckRecord)
    /// A runtime error: the statement changed nothing, and a script stops here.
    case error(Diagnostic)
    /// `help` or `explain` succeeded: what to show, as data; the interactive module has the texts.
    case learning(LearningRequest, SourceLocation)
}

/// What `help` and `explain` asked for.
public enum LearningRequest: Sendable, Equatable {
    /// `help`: the list of topics.
    case helpOverview
    /// `help WORD`, a word `HelpTopics.words` holds.
    case help(topic: String)
    /// `explain`, `explain 4025`: the troubleshooting entries of these errors.
    case explanation([DomainError])
}

/// Receives records as they happen. Injected, so the runtime never touches a terminal.
public protocol RecordSink: AnyObject {
    func emit(_ record: Record)
    /// False when results and events would be dropped (`--quiet`): the runtime then skips building
    /// their text, which is most of the cost of a simple statement.
    var wantsResults: Bool { get }
}

extension RecordSink {
    public var wantsResults: Bool { true }
}

/// A sink that keeps every record, for tests and for the parallel test runner.
public final class RecordBuffer: RecordSink {
    public private(set) var records: [Record] = []

    public init() {}

    public func emit(_ record: Record) { records.append(record) }
}
