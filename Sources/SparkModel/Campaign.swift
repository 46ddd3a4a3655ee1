/// A read-only view of a campaign, as `show campaign "winter"` and `expect` see it.
public struct Campaign: Hashable, Sendable {
    public let name: String
    public let brand: String
    public let format: CampaignFormat
    public let videoID: UInt64?
    /// The code the campaign runs on, chosen at publish from the brand's library.
    public let code: String?
    public let budget: Budget?
    public let schedule: Schedule?
    public let targeting: Targeting?
    public let url: String?
    public let callToAction: String?
    public let state: CampaignState
    public let spend: Money
    public let delivery: DeliveryTotals

    public var impressions: Int64 { delivery.impressions }
    public var views: Int64 { delivery.views }
    public var completions: Int64 { delivery.completions }
    public var likes: Int64 { delivery.likes }
    public var comments: Int64 { delivery.comments }
    public var shares: Int64 { delivery.shares }
    public var follows: Int64 { delivery.follows }
    public var engagements: Int64 { delivery.engagements }
}

/// Stored form of a campaign. Delivery figures are not stored: they follow from `spend`, which
/// follows from `ranSeconds` (rule 22, see `DeliveryModel`).
struct CampaignRecord: Equatable {
    let name: String
    let brand: Int32
    var draft: CampaignDraft
    var code: Int32?
    var post: Int32?
    var state: CampaignState = .draft
    var spend = Money.zero
    /// Seconds the campaign has run and been charged for since `rateSince`.
    var ranSeconds: Int64 = 0
    /// While running: the instant up to which its running time is in `ranSeconds`.
    var accruedUntil: Instant?
    /// The spend before the budget last changed, and since when the current budget applies (nil:
    /// from the start of the schedule).
    var spendBase = Money.zero
    var rateSince: Instant?
    /// Deleted by its brand: kept as a tombstone so that indices stay put, its name free again.
    var isDeleted = false
}
