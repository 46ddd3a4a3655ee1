/// What `editCampaign` changes: each field left nil stays as it is.
///
/// A draft may change anything. Once published (scheduled, running or paused) Ads Manager lets a
/// brand change only the budget and the end of the schedule: `end`, or a `schedule` whose start
/// is the one it has. A completed or stopped campaign changes no more.
public struct CampaignChanges: Hashable, Sendable {
    public var format: CampaignFormat?
    public var videoID: UInt64?
    public var budget: Budget?
    /// Start and end together.
    public var schedule: Schedule?
    /// Only the end of the schedule.
    public var end: Instant?
    public var targeting: Targeting?
    public var url: String?
    public var callToAction: String?

    public init(
        format: CampaignFormat? = nil, videoID: UInt64? = nil, budget: Budget? = nil,
        schedule: Schedule? = nil, end: Instant? = nil, targeting: Targeting? = nil, url: String? = nil,
        callToAction: String? = nil
    ) {
        self.format = format
        self.videoID = videoID
        self.budget = budget
        self.schedule = schedule
        self.end = end
        self.targeting = targeting
        self.url = url
        self.callToAction = callToAction
    }

    /// The fields set that a published campaign cannot change, by the language's names.
    func lockedFields(start: Instant?) -> [String] {
        var fields: [String] = []
        if format != nil { fields.append("format") }
        if videoID != nil { fields.append("video") }
        if let schedule, schedule.start != start { fields.append("schedule start") }
        if targeting != nil { fields.append("target") }
        if url != nil { fields.append("url") }
        if callToAction != nil { fields.append("cta") }
        return fields
    }

    /// The names of every field set.
    var fields: [String] {
        lockedFields(start: nil) + (budget != nil ? ["budget"] : []) + (end != nil ? ["schedule end"] : [])
    }
}

/// Why `editCampaign` refused to change a field.
public enum CampaignEditRefusal: Hashable, Sendable {
    /// Published: only the budget and the end of the schedule may change.
    case published(CampaignState)
    /// Completed or stopped: nothing may change.
    case over(CampaignState)
    /// A new end must come after now and after the start.
    case endTooEarly
    /// `end` alone needs a schedule to move the end of.
    case noSchedule
    /// A budget must be above $0.
    case budgetNotPositive
    /// A total budget cannot drop below what the campaign already spent.
    case belowSpend(Money)
}

extension CampaignEditRefusal: CustomStringConvertible {
    public var description: String {
        switch self {
        case .published(let state):
            return "it is \(state), and only its budget and the end of its schedule can change"
        case .over(let state): return "it is \(state), and nothing about it can change"
        case .endTooEarly: return "the schedule must end after now and after it starts"
        case .noSchedule: return "it has no schedule yet: set the whole schedule"
        case .budgetNotPositive: return "a budget must be above $0"
        case .belowSpend(let spent): return "it already spent \(spent)"
        }
    }
}
