import SparkModel
import SparkRuntime
import SparkSyntax

/// One statement's help: its syntax, an example, and the screen of the app or Ads Manager it mirrors.
public struct HelpEntry: Sendable {
    /// The word `help WORD` finds it by (the statement's first word, or a topic name).
    public var keyword: String
    public var syntax: String
    public var summary: String
    public var example: String
    /// Where the same step happens on TikTok, or nil for spark's own statements.
    public var screen: String?

    public var text: String {
        var lines = ["\(syntax)", "  \(summary)", "  example: \(example)"]
        if let screen { lines.append("  on TikTok: \(screen)") }
        return lines.joined(separator: "\n")
    }
}
