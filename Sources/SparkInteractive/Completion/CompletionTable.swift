import SparkModel
import SparkRuntime
import SparkSyntax

/// The completion table: the statement forms of Grammar.md as "after these words, offer these".
/// The first rule whose pattern matches all the finished words of the statement wins.
enum CompletionTable {
    typealias Offer = CompletionRule.Offer

    /// Every word that can start a statement.
    static let statementKeywords = [
        "start", "advance", "now", "creator", "enable", "disable", "post", "make", "let", "authorize",
        "extend", "delete", "turn", "brand", "redeem", "batch", "campaign", "publish", "pause", "resume",
        "stop", "edit", "show", "reveal", "list", "expect", "include", "repeat", "deal", "policy", "help",
        "explain",
    ]
    /// The fields of a `campaign ... { }` block.
    static let campaignFields = ["video", "budget", "schedule", "target", "url", "cta", "format"]

    static let durations = Offer.words(["7d", "30d", "60d", "365d"])
    static let visibilities = Offer.words(["public", "private", "friends"])
    static let codeStates = ["active", "expired", "deleted", "unused", "redeemed"]
    static let videoStates = ["public", "private", "friends", "deleted", "authorized"]
    static let campaignStates = ["draft", "scheduled", "running", "paused", "stopped", "completed"]
    static let properties = [
        "status", "expiry", "days", "views", "likes", "comments", "shares", "follows", "caption", "spend",
        "impressions", "followers",
    ]
    private static let propertyPattern = properties.joined(separator: "|")

    static let statementRules: [CompletionRule] = [
        CompletionRule("", .statements),
        CompletionRule("advance", .words(["to"])),
        CompletionRule("creator", .handles),
        CompletionRule("creator @", .words(["as"])),
        CompletionRule("creator @ as", .words(["creator", "business"])),
        CompletionRule("enable|disable", .words(["ad"])),
        CompletionRule("enable|disable ad", .words(["authorization"])),
        CompletionRule("enable|disable ad authorization", .words(["for"])),
        CompletionRule("enable|disable ad authorization for", .handles),
        CompletionRule("post", .words(["video", "story"])),
        CompletionRule("post video|story *", .words(["by"])),
        CompletionRule("post video|story * by", .handles),
        CompletionRule("post video|story * by @ *", visibilities),
        CompletionRule("make", .words(["video"])),
        CompletionRule("make video", .videoIDs),
        CompletionRule("make video *", visibilities),
        CompletionRule("authorize", .words(["video"])),
        CompletionRule("authorize video", .videoIDs),
        CompletionRule("authorize video *", .words(["for", "as"])),
        CompletionRule("authorize video * for", durations),
        CompletionRule("authorize video * for *", .words(["as"])),
        CompletionRule("authorize video * as", .handles),
        CompletionRule("authorize video * for * as", .handles),
        CompletionRule("extend", .bindings),
        CompletionRule("extend *", .words(["by"])),
        CompletionRule("extend * by", durations),
        CompletionRule("delete", .words(["code", "video"])),
        CompletionRule("delete code", .bindings),
        CompletionRule("delete video", .videoIDs),
        CompletionRule("turn", .words(["off", "on"])),
        CompletionRule("turn off|on", .words(["ad"])),
        CompletionRule("turn off|on ad", .words(["authorization"])),
        CompletionRule("turn off|on ad authorization", .words(["for"])),
        CompletionRule("turn off|on ad authorization for", .words(["video"])),
        CompletionRule("turn off|on ad authorization for video", .videoIDs),
        CompletionRule("redeem", .bindings),
        CompletionRule("redeem *", .words(["as"])),
        CompletionRule("redeem * as", .brands),
        CompletionRule("batch *", .words(["as"])),
        CompletionRule("batch * as", .brands),
        CompletionRule("campaign *", .words(["by"])),
        CompletionRule("campaign * by", .brands),
        CompletionRule("publish|pause|resume|stop", .campaigns),
        CompletionRule("edit", .words(["video"])),
        CompletionRule("edit video", .videoIDs),
        CompletionRule("edit video *", .words(["caption", "audio", "hashtags", "content", "profile"])),
        CompletionRule("edit video * * *", .words(["as"])),
        CompletionRule("edit video * * * as", .brands),
        CompletionRule("show", .words(["video", "campaign", "brand"]), .bindings, .handles),
        CompletionRule("show video", .videoIDs),
        CompletionRule("show campaign", .campaigns),
        CompletionRule("show brand", .brands),
        CompletionRule("reveal", .bindings),
        CompletionRule("list", .words(["codes", "videos", "campaigns", "brands", "creators"])),
        CompletionRule("list codes", .words(["of", "in", "expiring"])),
        CompletionRule("list codes of", .handles),
        CompletionRule("list codes in", .brands),
        CompletionRule("list codes expiring", .words(["within"])),
        CompletionRule("list codes expiring within", durations),
        CompletionRule("list videos", .words(["by"])),
        CompletionRule("list videos by", .handles),
        CompletionRule("list campaigns", .words(["of"])),
        CompletionRule("list campaigns of", .brands),
        CompletionRule("expect", .words(["video", "campaign", "error"] + properties), .bindings, .handles),
        CompletionRule("expect video", .videoIDs),
        CompletionRule("expect video *", .words(["is"])),
        CompletionRule("expect video * is", .words(videoStates + ["not"])),
        CompletionRule("expect video * is not", .words(videoStates)),
        CompletionRule("expect campaign", .campaigns),
        CompletionRule("expect campaign *", .words(["is"])),
        CompletionRule("expect campaign * is", .words(campaignStates + ["not"])),
        CompletionRule("expect campaign * is not", .words(campaignStates)),
        CompletionRule("expect error", .words(["{"])),
        CompletionRule("expect \(propertyPattern)", .words(["of"])),
        CompletionRule("expect \(propertyPattern) of", .words(["video", "campaign"]), .bindings, .handles),
        CompletionRule("expect \(propertyPattern) of video", .videoIDs),
        CompletionRule("expect \(propertyPattern) of campaign", .campaigns),
        CompletionRule("expect @", .words(["is"])),
        CompletionRule("expect @ is", .words(["ads-enabled", "not"])),
        CompletionRule("expect @ is not", .words(["ads-enabled"])),
        CompletionRule("expect *", .words(["is"])),
        CompletionRule("expect * is", .words(codeStates + ["not"])),
        CompletionRule("expect * is not", .words(codeStates)),
        CompletionRule("repeat *", .words(["as"])),
        CompletionRule("help|explain", .statements),
        CompletionRule("let *", .words(["="])),
    ]

    static let campaignFieldRules: [CompletionRule] = [
        CompletionRule("", .words(campaignFields)),
        CompletionRule("video", .videoIDs),
        CompletionRule("budget *", .words(["daily", "total"])),
        CompletionRule("schedule *", .words(["to"])),
    ]

    /// What may come after `words` (the finished words of one statement) in `place`.
    static func offers(after words: [String], in place: CompletionLine.Place) -> [Offer] {
        var words = words[...]
        switch place {
        case .comment:
            return []
        case .list:
            return [.bindings]
        case .campaignField:
            return campaignFieldRules.first { $0.matches(words) }?.offers ?? []
        case .statement:
            // `let NAME = <statement>`: what follows the `=` is a statement of its own.
            while words.count >= 3 && words.first == "let" && words.dropFirst(2).first == "=" {
                words = words.dropFirst(3)
            }
            return statementRules.first { $0.matches(words) }?.offers ?? []
        }
    }
}
