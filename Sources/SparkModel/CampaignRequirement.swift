/// One requirement of rule 17 that a campaign fails at publish.
public enum CampaignRequirement: Hashable, Sendable {
    /// A Spark Ad needs a video.
    case video
    /// A creator's video can only run as a Spark Ad (in-feed ads use the brand's own creative).
    case sparkFormat
    /// The video must exist, not be deleted, and be a regular video (not a story).
    case availableVideo(UInt64)
    /// The video must be in the brand's library (redeem its code first).
    case videoInLibrary(UInt64)
    /// One of the library's codes for the video must still work (rule 7); `why` is what stops the
    /// longest-lasting one, so the brand can tell the creator what to do.
    indirect case liveCode(UInt64, why: DomainError)
    /// The code must still be valid when the schedule starts: it expires at `expiry`.
    case codeValidAtStart(video: UInt64, expiry: Instant)
    /// A positive budget.
    case budget
    /// A schedule.
    case schedule
    /// A schedule that starts now or later and ends after it starts.
    case scheduleNotInPast
    /// A destination URL starting with http:// or https:// and naming a host.
    case url
    /// A call-to-action.
    case callToAction
    /// Targeting, when given: two-letter regions, ages 13 and up.
    case targeting
}

extension CampaignRequirement: CustomStringConvertible {
    public var description: String {
        switch self {
        case .video: return "a video"
        case .sparkFormat: return "the Spark Ads format (a creator's video cannot run as an in-feed ad)"
        case .availableVideo(let id): return "an available video (video \(id) is deleted, missing or a story)"
        case .videoInLibrary(let id): return "video \(id) in the brand's library"
        case .liveCode(let id, let why):
            return "a valid code for video \(id) (\(why.message): \(why.help))"
        case .codeValidAtStart(let id, let expiry):
            return "a schedule that starts before the code for video \(id) expires at \(expiry) "
                + "(start earlier, or ask the creator to extend the code)"
        case .budget: return "a budget above $0"
        case .schedule: return "a schedule"
        case .scheduleNotInPast: return "a schedule that starts now or later and ends after it starts"
        case .url: return "a valid http(s) url"
        case .callToAction: return "a call-to-action"
        case .targeting:
            return "targeting with two-letter upper-case regions (US, CA) and ages from 13 to 120"
        }
    }
}
