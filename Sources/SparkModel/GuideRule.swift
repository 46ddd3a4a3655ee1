/// The 22 rules of the guide the simulation enforces, numbered as the domain's tests name them
/// (`Tests/SparkModelTests`, "rule 12: ...") and as README's domain section lists them.
public enum GuideRule: Int, CaseIterable, Sendable {
    case accountAuthorization = 1
    case ownerOnly
    case noStories
    case durations
    case videoSpecificCodes
    case firstBrandBinds
    case codeWorksWhileLive
    case malformedCodeRejected
    case batchLimit
    case extendCode
    case deletedCodeStopsNewAds
    case expiredCodeStopsAds
    case videoWithLiveCodeKept
    case toggleStaysOnWhileAdvertised
    case privateBecomesPublic
    case brandsCannotEdit
    case campaignRequirements
    case engagementToOriginalPost
    case multipleBrands
    case paymentOutsideCode
    case noNotification
    case delivery

    /// The rule's number in the guide, 1 to 22.
    public var number: Int { rawValue }

    /// What the rule says, in a line.
    public var summary: String {
        switch self {
        case .accountAuthorization: "codes need the account-level Ad authorization"
        case .ownerOnly: "only the owner can authorize a video"
        case .noStories: "stories cannot get codes"
        case .durations: "durations are 7, 30, 60 or 365 days"
        case .videoSpecificCodes: "codes are video-specific; a video may have several"
        case .firstBrandBinds: "a code binds to the first brand that redeems it"
        case .codeWorksWhileLive: "a code works only while live, its video there and both toggles on"
        case .malformedCodeRejected: "a malformed or unknown code is rejected (4013)"
        case .batchLimit: "a batch holds at most 20 codes"
        case .extendCode: "extending adds days; expired or deleted codes cannot be extended"
        case .deletedCodeStopsNewAds: "deleting a code stops new ads; running ads follow the policy"
        case .expiredCodeStopsAds: "an expired code stops the ads that use it"
        case .videoWithLiveCodeKept: "a video with a live code or a live ad cannot be deleted"
        case .toggleStaysOnWhileAdvertised: "the toggles stay on while the video runs in a Spark Ad"
        case .privateBecomesPublic: "a private video becomes public when its ad is published"
        case .brandsCannotEdit: "brands cannot edit content, caption, audio, hashtags or profile"
        case .campaignRequirements: "a campaign needs every requirement to publish"
        case .engagementToOriginalPost: "engagement from a Spark Ad lands on the original post"
        case .multipleBrands: "several brands may promote one video, each with its own code"
        case .paymentOutsideCode: "payment is not part of a code; a deal is recorded, never enforced"
        case .noNotification: "the creator is not notified when a brand redeems a code"
        case .delivery: "spend accrues for the time an ad ran; Spark Ads deliver better"
        }
    }
}
