/// How ads deliver, deterministically (rule 22). Quoted by the README.
///
/// Every figure is derived from a campaign's cumulative spend with integer arithmetic (floor
/// division on exact cents), so results are reproducible and budgets are never exceeded:
///
/// - impressions = floor(spend × 1000 / CPM). CPM is $5.00 for a regular in-feed ad and $4.79 for
///   a Spark Ad: exactly 4.2% lower (4.79 / 5.00 = 0.958).
/// - views = impressions: an in-feed video autoplays, and TikTok counts a view when it starts.
/// - completions (views watched to the end) = floor(views × rate / 100,000), rate 10,000 (10%) for
///   in-feed and 13,000 (13%) for Spark: exactly 30% higher (1.30).
/// - engagements = floor(impressions × rate / 100,000), rate 1,000 (1%) for in-feed and 2,420
///   (2.42%) for Spark: exactly 142% higher (2.42). They split into likes 60%, comments 15%,
///   shares 15% (each floored) and follows (the rest), so the four always add up to engagements.
///
/// With a daily budget that is a multiple of $4.79 (e.g. $479.00: 100,000 Spark impressions against
/// 95,800 in-feed ones) every division is exact and the three ratios come out as 1.30, 2.42 and
/// 0.958 exactly. A Spark Ad credits its views, likes, comments, shares and follows to the original
/// post, and its follows to the creator's followers (rule 18); an in-feed ad's engagement stays with
/// the brand's own creative.
///
/// Spend accrues for the time an ad actually ran, by one rule for both kinds of budget: after
/// running `s` seconds of its schedule, a campaign has spent ⌈amount × s / period⌉ cents, the
/// period being one day (86,400 s) for a daily budget and the schedule's whole length for a total
/// one. So every full day spends exactly a daily budget, a total budget comes out exact at the end
/// with its odd cents on the first days, and any partial day spends its pro-rata share, whether it
/// ends at the schedule's end, at a code's expiry, at a pause or at a stop. Time spent paused,
/// scheduled or stopped costs nothing. The World charges running campaigns at the end of each
/// delivery day (start + k days) and whenever they stop running.
public enum DeliveryModel {
    public static let inFeedCPM = Money(cents: 500)
    public static let sparkCPM = Money(cents: 479)
    /// Per 100,000 views.
    public static let inFeedCompletionRate: Int64 = 10_000
    public static let sparkCompletionRate: Int64 = 13_000
    /// Per 100,000 impressions.
    public static let inFeedEngagementRate: Int64 = 1_000
    public static let sparkEngagementRate: Int64 = 2_420
    static let rateScale: Int64 = 100_000

    /// Spend in cents after running `ranSeconds` seconds under `budget` (see above). `spent` is what
    /// was spent before this budget applied, and `span` the seconds of schedule it covers: a total
    /// budget spreads what is left of it over them (after an edit, the rest of the schedule).
    static func spend(_ budget: Budget, spent: Money, over span: Int64, ranSeconds: Int64) -> Int64 {
        switch budget {
        case .daily(let money):
            return Arithmetic.mulDivRoundingUp(money.cents, ranSeconds, Instant.secondsPerDay)
        case .total(let money):
            let left = max(money.cents - spent.cents, 0)
            let span = max(span, 1)
            return min(Arithmetic.mulDivRoundingUp(left, min(ranSeconds, span), span), left)
        }
    }

    /// Everything a campaign of `format` has delivered once it has spent `spend`.
    public static func totals(spend: Money, format: CampaignFormat) -> DeliveryTotals {
        let spark = format == .spark
        let cpm = spark ? sparkCPM.cents : inFeedCPM.cents
        let impressions = Arithmetic.mulDiv(max(spend.cents, 0), 1000, cpm)
        let completionRate = spark ? sparkCompletionRate : inFeedCompletionRate
        let engagementRate = spark ? sparkEngagementRate : inFeedEngagementRate
        let engagements = Arithmetic.mulDiv(impressions, engagementRate, rateScale)
        let likes = engagements * 60 / 100
        let comments = engagements * 15 / 100
        let shares = engagements * 15 / 100
        return DeliveryTotals(
            impressions: impressions,
            views: impressions,
            completions: Arithmetic.mulDiv(impressions, completionRate, rateScale),
            likes: likes,
            comments: comments,
            shares: shares,
            follows: engagements - likes - comments - shares
        )
    }
}

/// Cumulative delivery of one campaign.
public struct DeliveryTotals: Hashable, Sendable {
    public var impressions: Int64 = 0
    public var views: Int64 = 0
    public var completions: Int64 = 0
    public var likes: Int64 = 0
    public var comments: Int64 = 0
    public var shares: Int64 = 0
    public var follows: Int64 = 0

    /// Likes, comments, shares and follows together.
    public var engagements: Int64 { likes + comments + shares + follows }
}
