/// The ad format. A Spark Ad promotes a creator's authorized post; a regular in-feed ad uses the
/// brand's own creative and needs no code (the baseline of rule 22's comparison).
public enum CampaignFormat: String, CaseIterable, Hashable, Sendable {
    case spark
    case inFeed = "in-feed"
}

/// How much a campaign may spend: per day, or in total over its schedule.
public enum Budget: Hashable, Sendable {
    case daily(Money)
    case total(Money)

    public var amount: Money {
        switch self {
        case .daily(let money): return money
        case .total(let money): return money
        }
    }
}

extension Budget: CustomStringConvertible {
    public var description: String {
        switch self {
        case .daily(let money): return "\(money) daily"
        case .total(let money): return "\(money) total"
        }
    }
}

/// When a campaign delivers: from `start` (inclusive) to `end` (exclusive).
public struct Schedule: Hashable, Sendable {
    public var start: Instant
    public var end: Instant

    public init(start: Instant, end: Instant) {
        self.start = start
        self.end = end
    }
}

/// Who sees the ad: region codes (`US`, `CA`; US audiences are allowed, G) and an age range.
public struct Targeting: Hashable, Sendable {
    public var regions: [String]
    public var ages: ClosedRange<Int>?

    public init(regions: [String], ages: ClosedRange<Int>? = nil) {
        self.regions = regions
        self.ages = ages
    }

    /// Two-letter upper-case regions; ages within TikTok's 13 and up, lower bound first.
    var isValid: Bool {
        let regionsOK = regions.allSatisfy { region in
            region.utf8.count == 2 && region.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
        }
        let agesOK = ages.map { $0.lowerBound >= 13 && $0.upperBound <= 120 } ?? true
        return regionsOK && agesOK
    }
}

/// What the brand typed for a campaign. Everything may be missing in a draft; `publish` checks
/// rule 17 and names what is missing.
public struct CampaignDraft: Hashable, Sendable {
    public var format: CampaignFormat
    public var videoID: UInt64?
    public var budget: Budget?
    public var schedule: Schedule?
    public var targeting: Targeting?
    public var url: String?
    public var callToAction: String?

    public init(
        format: CampaignFormat = .spark, videoID: UInt64? = nil, budget: Budget? = nil,
        schedule: Schedule? = nil, targeting: Targeting? = nil, url: String? = nil,
        callToAction: String? = nil
    ) {
        self.format = format
        self.videoID = videoID
        self.budget = budget
        self.schedule = schedule
        self.targeting = targeting
        self.url = url
        self.callToAction = callToAction
    }
}

/// The attributes of a post a brand might try to change; every one is refused (rule 16).
public enum ContentAttribute: String, CaseIterable, Hashable, Sendable {
    case caption
    case audio
    case hashtags
    case content
    case profile
}
