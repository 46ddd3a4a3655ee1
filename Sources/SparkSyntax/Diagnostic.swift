/// A message about the user's input, as data. Rendered to text in one place: `DiagnosticRenderer`.
///
/// Messages are one phrase, lower case, no final period. Notes add facts; `help` says what to do
/// (for domain errors: what to tap in the TikTok app or in Ads Manager).
public struct Diagnostic: Error, Sendable, Equatable {
    public enum Severity: String, Sendable, Equatable {
        case error, warning
    }

    public var severity: Severity
    public var message: String
    /// Where it happened; nil for problems with no place (a missing file, an empty argument list).
    public var file: SourceFile?
    public var range: SourceRange?
    public var notes: [String]
    public var help: String?
    /// TikTok's error number where one exists (4013, 4025, ...), shown as `error[4025]`.
    public var number: Int?

    public init(
        _ severity: Severity = .error,
        _ message: String,
        file: SourceFile? = nil,
        range: SourceRange? = nil,
        notes: [String] = [],
        help: String? = nil,
        number: Int? = nil
    ) {
        self.severity = severity
        self.message = message
        self.file = file
        self.range = range
        self.notes = notes
        self.help = help
        self.number = number
    }

    public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        lhs.severity == rhs.severity && lhs.message == rhs.message && lhs.file === rhs.file
            && lhs.range == rhs.range && lhs.notes == rhs.notes && lhs.help == rhs.help
            && lhs.number == rhs.number
    }
}
