/// One thing that happened to a code or a campaign, for drawing the timeline (`spark run
/// --timeline`). The World records these only when asked (`recordTimeline()`), and a failed
/// statement's entries roll back with it like everything else.
public struct TimelineEntry: Hashable, Sendable {
    public let at: Instant
    public let kind: Kind

    public enum Kind: Hashable, Sendable {
        /// A code was generated for a video, valid until `expiry`.
        case codeGenerated(code: String, video: UInt64, creator: Handle, expiry: Instant)
        /// A brand redeemed the code and is now bound to it (rule 6).
        case codeRedeemed(code: String, brand: String)
        /// The creator extended the code; it now expires at `expiry` (rule 10).
        case codeExtended(code: String, expiry: Instant)
        /// The creator deleted the code (rule 11).
        case codeDeleted(code: String)
        /// A video's Ad authorization toggle (or its creator's account toggle) was turned on or off:
        /// the video's codes stop or start working (rule 7).
        case videoToggle(video: UInt64, on: Bool)
        /// A brand created a campaign: a draft.
        case campaignDrafted(name: String, brand: String)
        /// The campaign was published to run on `code` (nil for an in-feed ad) over `schedule`.
        case campaignPublished(name: String, code: String?, schedule: Schedule)
        /// A published campaign's schedule changed (its end was moved).
        case campaignRescheduled(name: String, schedule: Schedule)
        /// The brand deleted the campaign.
        case campaignDeleted(name: String)
        /// Anything the World announces as an event: starts, pauses, stops, expiries.
        case event(WorldEvent.Kind)
    }
}
