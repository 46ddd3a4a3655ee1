/// The words `help` answers to: the statement groups (each with the statements it covers), the
/// background notes, and every statement word. The interpreter checks `help WORD` against these; the
/// help texts themselves live with the interactive parts (`HelpCatalogue`), which a test keeps in step.
public enum HelpTopics {
    public struct Group: Sendable {
        public var name: String
        public var summary: String
        public var statements: [String]
    }

    public static let groups: [Group] = [
        Group(
            name: "clock", summary: "simulated time: start, advance, now",
            statements: ["start", "advance", "now"]),
        Group(
            name: "creator", summary: "the TikTok app: accounts, videos, codes",
            statements: [
                "creator", "enable", "disable", "post", "make", "authorize", "extend", "delete", "turn",
                "deal",
            ]),
        Group(
            name: "brand", summary: "TikTok Ads Manager: brands, redeeming codes, batches",
            statements: ["brand", "redeem", "batch", "edit"]),
        Group(
            name: "campaigns", summary: "Spark Ads campaigns: the block, publish, pause, resume, stop",
            statements: ["campaign", "publish", "pause", "resume", "stop"]),
        Group(name: "looking", summary: "show, reveal and list", statements: ["show", "reveal", "list"]),
        Group(name: "checks", summary: "expect: states, properties and errors", statements: ["expect"]),
        Group(
            name: "composition", summary: "let, include, repeat, blocks, policy",
            statements: ["let", "include", "repeat", "policy"]),
        Group(name: "learning", summary: "help and explain", statements: ["help", "explain"]),
    ]

    /// Background notes that are not statements.
    public static let notes = ["codes", "durations", "troubleshooting"]

    /// Every word `help` understands, sorted, for the interpreter, completion and did-you-mean.
    public static let words: [String] = Array(
        Set(groups.map(\.name) + notes + groups.flatMap(\.statements))
    ).sorted()
}
