import SparkSyntax

/// The language's help, statement by statement, grouped into topics. `help` lists the topics;
/// `help WORD` shows a statement (`help authorize`) or a topic (`help codes`).
public enum HelpCatalogue {
    /// The statement groups, from the language's own list.
    public static var topics: [HelpTopics.Group] { HelpTopics.groups }

    /// Background topics that are not statements.
    public static let notes: [String: String] = [
        "codes": """
        A Spark Code (also authorization code or boost code) lets one brand promote one video.
        It looks like #s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA= and is a
        secret: spark shows it whole once, when generated, and masked (#s63Dde…qA=) afterwards;
        `reveal c` shows it again. A code works while it is not deleted or expired, its video is
        not deleted, and both Ad authorization toggles (account and video) are on. The first brand
        to redeem a code owns it; another brand needs its own code for the same video.
        Statuses, in TikTok's words: NOT_USED, IN_USE, EXPIRED, DELETED.
        """,
        "durations": """
        A code lasts 7, 30, 60 or 365 days (30 when you don't say):
          7d    quick promotions, testing
          30d   standard campaigns (the default)
          60d   extended campaigns
          365d  long-term partnerships, evergreen content
        Once a code expires, ads using it stop. `extend c by 30d` adds to a live code's validity;
        an expired or deleted code cannot be extended: generate a new one.
        Durations elsewhere (advance) also take m (minutes), h (hours) and w (weeks).
        """,
        "values": """
        Numbers, money ($5.00), decimals (1.30), durations (7d) and dates combine with + - * /,
        * and / first, parentheses to group; everything is exact (no floating point):
          money ± money is money, money * 3 is money, money / money is a ratio
          7 / 2 is the ratio 7/2; 208768 / 160600 >= 1.30 compares exactly
          2026-12-01 + 7d is a date; 1d + 12h is 36h
        A property is a value: let s = spend of campaign "w"; count of codes is a list's length.
        Lists: let codes = [], append c to codes, for c in codes { ... }, batch codes as acme.
        Text: "fan{i}" puts a value in a string (\\{ for a brace); @"fan{i}" makes a handle and
        brand "brand{i}" a brand name, checked as if written.
        Division by zero, overflow and mixing kinds ($5 + 7d) stop the script with an error.
        """,
        "troubleshooting": """
        "I can't find Ad settings": open the video itself, tap ⋯, scroll down to Ad settings.
        "Ad authorization toggle is missing": enable Settings and privacy > Creator tools > Ad settings first.
        "Code expired" (4025): generate a new code with a longer duration; agree timing with the brand.
        "Brand says code doesn't work": copy the entire code including special characters (4013),
        check it has not expired, and that Ad authorization is still on for the video.
        "I want to stop the ad": delete the code; running ads may continue until the campaign ends
        or the code's original expiry.
        After any error, `explain` says what went wrong, why TikTok works that way, and what to do.
        """,
    ]

    public static func entry(for keyword: String) -> [HelpEntry] {
        entries.filter { $0.keyword == keyword }
    }

    /// `help` with no topic.
    public static var overview: String {
        var lines = ["Statements, by topic (`help TOPIC` or `help STATEMENT` for more):"]
        let width = (topics.map(\.name) + notes.keys).map(\.count).max() ?? 0
        for topic in topics {
            lines.append("  " + pad(topic.name, width) + "  " + topic.summary)
        }
        lines.append("Background:")
        for name in notes.keys.sorted() { lines.append("  " + pad(name, width) + "  help \(name)") }
        return lines.joined(separator: "\n")
    }

    /// The text for `help WORD`, or nil when nothing is called that.
    public static func text(for word: String) -> String? {
        if let note = notes[word] { return note }
        if let topic = topics.first(where: { $0.name == word }) {
            return topic.statements.flatMap(entry(for:)).map(\.text).joined(separator: "\n\n")
        }
        let found = entry(for: word)
        return found.isEmpty ? nil : found.map(\.text).joined(separator: "\n\n")
    }

    /// Every word `help` understands, for completion and did-you-mean.
    public static var words: [String] { HelpTopics.words }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
