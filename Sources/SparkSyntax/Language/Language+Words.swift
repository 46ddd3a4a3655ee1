extension Language {
    /// The state words of `expect X is STATE`, per kind of thing.
    public static func states(of kind: SubjectKind) -> [String] {
        switch kind {
        case .code: ["active", "expired", "deleted", "unused", "redeemed"]
        case .video: ["public", "private", "friends", "deleted", "authorized"]
        case .campaign: ["draft", "scheduled", "running", "paused", "stopped", "completed"]
        case .account: ["ads-enabled"]
        case .brand, .list: []
        }
    }

    /// The properties of `expect PROPERTY of X OP VALUE`, per kind of thing.
    public static func properties(of kind: SubjectKind) -> [String] {
        switch kind {
        case .code: ["status", "ad_auth_status", "expiry", "days", "video", "brand"]
        case .video: ["views", "likes", "comments", "shares", "follows", "caption", "visibility"]
        case .campaign:
            [
                "spend", "impressions", "views", "completions", "likes", "comments", "shares", "follows",
                "state",
            ]
        case .account: ["followers", "videos"]
        case .brand: ["library"]
        case .list: ["count"]
        }
    }

    /// The properties whose values are money (`expect spend of ... == 100` draws "money is written
    /// `$100`").
    public static let moneyProperties = ["spend"]

    /// How a script names each kind of subject (`show SUBJECT`, `expect SUBJECT is STATE`), in the
    /// order completion offers them.
    public static let subjects: [(kind: SubjectKind, patterns: [Pattern])] = [
        (.video, Notation.read("video VIDEO")), (.campaign, Notation.read("campaign CAMPAIGN")),
        (.brand, Notation.read("brand BRAND")), (.code, Notation.read("CODE")),
        (.account, Notation.read("HANDLE")),
    ]

    /// Words people write for a state, from the statuses TikTok shows (`IN_USE`, `NOT_USED`), and
    /// the state each means: "did you mean" offers it.
    public static let stateAliases: [String: String] = [
        "in-use": "redeemed", "in_use": "redeemed", "used": "redeemed", "bound": "redeemed",
        "not-used": "unused", "not_used": "unused", "live": "running", "enabled": "ads-enabled",
        "visible": "public", "removed": "deleted", "ended": "completed",
    ]

    /// The comparisons of `expect PROPERTY of SUBJECT OP VALUE`.
    public static let comparisons = ["==", "!=", "<", "<=", ">", ">="]

    /// Every state word, each once, kinds in order.
    public static let stateWords: [String] = unique(SubjectKind.allCases.flatMap(states(of:)))

    /// Every property, each once, kinds in order.
    public static let propertyWords: [String] = unique(SubjectKind.allCases.flatMap(properties(of:)))

    /// Background notes `help` knows besides the statements and their groups.
    public static let helpNotes = ["codes", "durations", "values", "troubleshooting"]

    /// Every word `help` answers to (groups, notes, statements), sorted.
    public static let helpWords: [String] = Array(
        Set(groups.map(\.name) + helpNotes + statementWords)
    ).sorted()

    private static func unique(_ words: [String]) -> [String] {
        var seen: Set<String> = []
        return words.filter { seen.insert($0).inserted }
    }
}
