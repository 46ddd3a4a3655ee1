import SparkModel
import SparkSyntax

/// One statement's help: its syntax (from the language table), an example, and the screen of the
/// app or Ads Manager it mirrors.
public struct HelpEntry: Sendable {
    /// The statement's first word, as the language table has it; `help WORD` finds the entry by it.
    public var keyword: String
    public var summary: String
    public var example: String
    /// Where the same step happens on TikTok, or nil for spark's own statements.
    public var screen: String?

    public init(keyword: String, summary: String, example: String, screen: String?) {
        self.keyword = keyword
        self.summary = summary
        self.example = example
        self.screen = screen
    }

    /// The statement's forms as the language table writes them, a code's lifetime spelled out from
    /// the domain's list (`7d|30d|60d|365d`).
    public var syntax: String {
        Language.statement(keyword)?.syntax(display: HelpEntry.display) ?? keyword
    }

    static func display(_ slot: Language.Slot) -> String {
        guard slot == .lifetime else { return slot.display }
        return AuthorizationDuration.allCases.map { "\($0.days)d" }.joined(separator: "|")
    }

    public var text: String {
        var lines = ["\(syntax)", "  \(summary)", "  example: \(example)"]
        if let screen { lines.append("  on TikTok: \(screen)") }
        return lines.joined(separator: "\n")
    }
}
