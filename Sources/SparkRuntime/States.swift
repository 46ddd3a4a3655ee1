import SparkModel
import SparkSyntax

/// The state words of `expect X is STATE`, per kind of thing (Grammar.md, "Checks").
enum States {
    static func kind(of subject: Subject) -> String {
        switch subject {
        case .code: "a code"
        case .video: "a video"
        case .campaign: "a campaign"
        case .account: "an account"
        case .brand: "a brand"
        }
    }

    /// The language table's state words for this kind of thing.
    static func words(for subject: Subject) -> [String] { Language.states(of: subject.kind) }

    /// Whether the state holds; nil when the word is not a state of this kind of thing.
    static func holds(_ word: String, for subject: Subject) -> Bool? {
        switch (subject, word) {
        case (.code(let code), "active"): code.isActive
        case (.code(let code), "expired"): code.isExpired
        case (.code(let code), "deleted"): code.isDeleted
        case (.code(let code), "unused"): code.isUnused
        case (.code(let code), "redeemed"): code.isRedeemed
        case (.video(let post), "public"): !post.isDeleted && post.visibility == .public
        case (.video(let post), "private"): !post.isDeleted && post.visibility == .private
        case (.video(let post), "friends"): !post.isDeleted && post.visibility == .friends
        case (.video(let post), "deleted"): post.isDeleted
        case (.video(let post), "authorized"): post.isAuthorized
        case (.campaign(let campaign), let word) where words(for: subject).contains(word):
            campaign.state.word == word
        case (.account(let account), "ads-enabled"): account.adsEnabled
        default: nil
        }
    }

    /// What the thing actually is, for a failed expectation: "it expired at 2026-03-02 00:00 UTC".
    static func actual(_ subject: Subject, now: Instant) -> String {
        switch subject {
        case .code(let code):
            if let deleted = code.deletedAt { return "it was deleted at \(deleted)" }
            if code.isExpired { return "it expired at \(code.expiry)" }
            if let why = code.whyInactive { return "it is not usable: \(why.message)" }
            let binding = code.brand.map { "redeemed by \($0)" } ?? "unused"
            return "it is active and \(binding), expiring \(code.expiry)"
        case .video(let post):
            if post.isDeleted { return "it is deleted" }
            return
                "it is \(post.visibility.rawValue) with Ad authorization \(post.isAuthorized ? "on" : "off")"
        case .campaign(let campaign): return "it is \(campaign.state.description)"
        case .account(let account): return "its Ad authorization is \(account.adsEnabled ? "on" : "off")"
        case .brand: return "it is a brand"
        }
    }
}

/// The properties of `expect PROPERTY of X OP VALUE`.
enum Properties {
    /// The language table's properties for this kind of thing; `value` reads each one.
    static func names(for subject: Subject) -> [String] { Language.properties(of: subject.kind) }

    static func value(_ name: String, of subject: Subject) -> Value? {
        switch (subject, name) {
        case (.code(let code), "status"): .string(code.status.rawValue)
        case (.code(let code), "ad_auth_status"): .string(code.adAuthStatus.rawValue)
        case (.code(let code), "expiry"): .instant(code.expiry.seconds)
        case (.code(let code), "days"): .integer(UInt64(code.days))
        case (.code(let code), "video"): .integer(code.videoID)
        case (.code(let code), "brand"): .string(code.brand ?? "")
        case (.video(let post), "views"): count(post.views)
        case (.video(let post), "likes"): count(post.likes)
        case (.video(let post), "comments"): count(post.comments)
        case (.video(let post), "shares"): count(post.shares)
        case (.video(let post), "follows"): count(post.follows)
        case (.video(let post), "caption"): .string(post.caption)
        case (.video(let post), "visibility"): .string(post.visibility.rawValue)
        case (.campaign(let campaign), "spend"): .money(cents: campaign.spend.cents)
        case (.campaign(let campaign), "impressions"): count(campaign.impressions)
        case (.campaign(let campaign), "views"): count(campaign.views)
        case (.campaign(let campaign), "completions"): count(campaign.completions)
        case (.campaign(let campaign), "likes"): count(campaign.likes)
        case (.campaign(let campaign), "comments"): count(campaign.comments)
        case (.campaign(let campaign), "shares"): count(campaign.shares)
        case (.campaign(let campaign), "follows"): count(campaign.follows)
        case (.campaign(let campaign), "state"): .string(campaign.state.word)
        case (.account(let account), "followers"): count(account.followers)
        case (.account(let account), "videos"): .integer(UInt64(account.videoCount))
        case (.brand(let brand), "library"): .integer(UInt64(brand.librarySize))
        default: nil
        }
    }

    private static func count(_ number: Int64) -> Value { .integer(UInt64(max(0, number))) }

    /// -1, 0 or 1; nil when the two cannot be compared.
    static func compare(_ actual: Value, _ wanted: Value) -> Int? {
        switch (actual, wanted) {
        case (.integer(let a), .integer(let b)): order(a, b)
        case (.money(let a), .money(let b)): order(a, b)
        case (.instant(let a), .instant(let b)): order(a, b)
        case (.string(let a), .string(let b)): order(a, b)
        default: nil
        }
    }

    private static func order<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (a == b ? 0 : 1) }
}
