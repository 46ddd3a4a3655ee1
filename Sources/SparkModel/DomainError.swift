/// Every way a World operation can be refused. Errors are data: the payload says what was wrong;
/// `message`, `help`, `why`, `number` and `identifier` render it (DomainError+Message.swift,
/// DomainError+Help.swift).
/// Codes in payloads are the full text; messages show them masked.
public enum DomainError: Error, Hashable, Sendable {
    // Accounts and posts.
    case invalidHandle(String)
    case accountExists(Handle)
    case accountNotFound(Handle)
    /// Rules 1 and 7: the account-level Ad authorization toggle is off.
    case adAuthorizationOff(Handle)
    case invalidVideoID(UInt64)
    case videoExists(UInt64)
    case videoNotFound(UInt64)
    /// Rule 7, TikTok 4002.
    case videoDeleted(UInt64)
    /// Rule 2: only the owner may authorize (or otherwise manage) a post.
    case notYourVideo(video: UInt64, owner: Handle, actor: Handle)
    /// Rule 3, TikTok 4027.
    case storyNotSupported(UInt64)
    /// Rule 7: the per-video Ad authorization toggle is off.
    case videoAuthorizationOff(UInt64)
    /// Rule 13: a video with a live code cannot be deleted.
    case videoHasLiveCode(video: UInt64, code: String)
    /// Rules 7 and 14: the account-level toggle stays on while one of its videos runs in a Spark Ad.
    case accountInUseByAd(Handle, video: UInt64, campaign: String)
    /// Rules 13 to 15: the video runs in a live Spark Ad (even one whose code was deleted), so it
    /// cannot be deleted, its toggle stays on and it stays public.
    case videoInUseByAd(video: UInt64, campaign: String)

    // Codes.
    /// Rule 4: not 7, 30, 60 or 365 days.
    case invalidDuration(seconds: Int64)
    /// Rule 8, TikTok 4013: not the shape of a code (truncated, spaces, missing `#`).
    case codeFormat(String)
    /// Rule 7, TikTok 4013 "the post code is incorrect": well-formed, but no such code was ever
    /// generated.
    case codeIncorrect(String)
    /// Rule 7: the creator deleted the code (TikTok's auth_code_not_found, "the code has been
    /// deleted").
    case codeNotFound(String)
    /// Rule 7, TikTok 4025.
    case codeExpired(String, at: Instant)
    /// Rule 6: bound to another brand (TikTok status IN_USE).
    case codeUsedByAnotherBrand(String)
    /// Rule 10: an expired or deleted code cannot be extended.
    case codeNotExtendable(String, status: CodeStatus)
    /// Rule 11, strict policy: the code runs in live campaigns.
    case codeInUseByAds(String, campaigns: [String])
    /// Only the creator of a code may extend or delete it.
    case notYourCode(String, actor: Handle)

    // Brands.
    case invalidName(String)
    /// A handle, brand or campaign name holding an invisible or control character (shown escaped).
    case invisibleCharacter(String, codePoint: UInt32)
    case brandExists(String)
    case brandNotFound(String)
    /// An advertiser id must have 19 digits.
    case invalidAdvertiserID(UInt64)
    /// Advertiser ids are unique: this one belongs to `brand`.
    case advertiserIDExists(UInt64, brand: String)
    /// `unbind`: the video is not in the brand's library.
    case videoNotInLibrary(video: UInt64, brand: String)
    /// A brand's library holds at most 10,000 posts.
    case libraryFull(brand: String)
    /// Rule 9: batches of at most 20 codes.
    case tooManyCodes(Int)
    /// Rule 16: brands never edit a creator's content.
    case brandCannotEdit(video: UInt64, attribute: ContentAttribute, brand: String)

    // Campaigns.
    case campaignExists(String)
    case campaignNotFound(String)
    /// Rule 17: what the campaign lacks.
    case campaignIncomplete(String, missing: [CampaignRequirement])
    /// `editCampaign` cannot change `field` of the campaign, for the reason given.
    case campaignEditRefused(String, field: String, why: CampaignEditRefusal)
    /// `deleteCampaign`: a scheduled, running or paused campaign must be stopped first.
    case campaignNotStopped(String, state: CampaignState)
    /// The action does not apply in the campaign's current state (pause a draft, resume a stopped...).
    case campaignStateConflict(String, state: CampaignState, action: String)

    // Deals.
    case invalidAmount(Money)

    // Clock and transactions.
    /// The clock only moves forward.
    case timeGoesForward(now: Instant, requested: Instant)
    /// A date or duration beyond what the clock can hold.
    case timeOutOfRange
    case noOpenTransaction
}

extension DomainError {
    /// The most codes one batch authorization accepts (rule 9).
    public static let batchLimit = 20

    /// TikTok's error number where TikTok has one (4002, 4013, 4025, 4027); nil otherwise. The model
    /// invents no numbers.
    public var number: Int? {
        switch self {
        case .videoDeleted: return 4002
        case .codeFormat, .codeIncorrect: return 4013
        case .codeExpired: return 4025
        case .storyNotSupported: return 4027
        default: return nil
        }
    }

    /// A stable snake_case name, TikTok's own where it has one.
    public var identifier: String {
        switch self {
        case .invalidHandle: return "invalid_handle"
        case .accountExists: return "account_exists"
        case .accountNotFound: return "account_not_found"
        case .adAuthorizationOff: return "ad_authorization_off"
        case .invalidVideoID: return "invalid_video_id"
        case .videoExists: return "video_exists"
        case .videoNotFound: return "video_not_found"
        case .videoDeleted: return "video_deleted"
        case .notYourVideo: return "not_video_owner"
        case .storyNotSupported: return "story_video_not_supported"
        case .videoAuthorizationOff: return "video_ad_authorization_off"
        case .videoHasLiveCode: return "video_has_live_code"
        case .videoInUseByAd: return "video_in_use_by_ad"
        case .accountInUseByAd: return "account_in_use_by_ad"
        case .invalidDuration: return "invalid_authorization_days"
        case .codeFormat: return "auth_code_format_error"
        case .codeIncorrect: return "auth_code_incorrect"
        case .codeNotFound: return "auth_code_not_found"
        case .codeExpired: return "auth_code_expired"
        case .codeUsedByAnotherBrand: return "auth_code_in_use"
        case .codeNotExtendable: return "auth_code_not_extendable"
        case .codeInUseByAds: return "auth_code_in_use_by_ads"
        case .notYourCode: return "not_code_creator"
        case .invalidName: return "invalid_name"
        case .invisibleCharacter: return "invisible_character"
        case .brandExists: return "brand_exists"
        case .brandNotFound: return "brand_not_found"
        case .invalidAdvertiserID: return "invalid_advertiser_id"
        case .advertiserIDExists: return "advertiser_id_exists"
        case .videoNotInLibrary: return "video_not_in_library"
        case .libraryFull: return "library_full"
        case .tooManyCodes: return "batch_too_large"
        case .brandCannotEdit: return "brand_cannot_edit_content"
        case .campaignExists: return "campaign_exists"
        case .campaignNotFound: return "campaign_not_found"
        case .campaignIncomplete: return "campaign_incomplete"
        case .campaignStateConflict: return "campaign_state_conflict"
        case .campaignEditRefused: return "campaign_edit_refused"
        case .campaignNotStopped: return "campaign_not_stopped"
        case .invalidAmount: return "invalid_amount"
        case .timeGoesForward: return "time_goes_forward"
        case .timeOutOfRange: return "time_out_of_range"
        case .noOpenTransaction: return "no_open_transaction"
        }
    }
}
