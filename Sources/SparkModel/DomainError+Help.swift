extension DomainError {
    /// What to do about it, in the TikTok app or in Ads Manager (from the guide's troubleshooting).
    public var help: String {
        switch self {
        case .invalidHandle:
            return "handles have 1 to 24 letters, digits, underscores or periods"
        case .accountExists, .brandExists, .campaignExists, .videoExists:
            return "choose another name, or use the existing one"
        case .accountNotFound, .brandNotFound, .campaignNotFound, .videoNotFound:
            return "check the spelling, or create it first"
        case .adAuthorizationOff:
            return "enable it in Profile > ☰ > Settings and privacy > Creator tools > Ad settings > "
                + "Ad authorization"
        case .invalidVideoID:
            return "TikTok video ids are 1 to 19 digits"
        case .videoDeleted:
            return "the video is gone: ask the creator for a code for another video"
        case .notYourVideo:
            return "only the video's owner can generate a code for it: ask them for one"
        case .storyNotSupported:
            return "Spark Codes only work for regular videos: post it as a video"
        case .videoAuthorizationOff:
            return "on the video, tap ⋯ > Ad settings and toggle Ad authorization back on"
        case .videoHasLiveCode:
            return "un-authorize the video first: delete its code in ⋯ > Ad settings, then delete the video"
        case .videoInUseByAd:
            return "wait until the campaign ends, or ask the brand to stop it"
        case .accountInUseByAd:
            return "wait until the campaign ends, or ask the brand to stop it, then turn Ad authorization off"
        case .invalidDuration:
            return "choose 7, 30, 60 or 365 days (30 is the default)"
        case .codeFormat:
            return "copy the entire code, including special characters"
        case .codeIncorrect:
            return "check the code with the creator: copy the entire code, including special characters"
        case .codeNotFound:
            return "the code has been deleted: ask the creator to generate a new one"
        case .codeExpired:
            return "ask the creator to generate a new code with a longer duration"
        case .codeUsedByAnotherBrand:
            return "each brand needs its own code: ask the creator to generate one for you"
        case .codeNotExtendable:
            return "generate a new code in the video's ⋯ > Ad settings"
        case .codeInUseByAds:
            return "ask the brand to stop its campaigns first"
        case .notYourCode:
            return "only the creator who generated a code can manage it"
        case .invalidName:
            return "names must not be empty"
        case .libraryFull:
            return "remove posts you no longer use from Creative > Spark Ads"
        case .tooManyCodes:
            return "split the codes into batches of 20 or fewer"
        case .brandCannotEdit:
            return "ask the creator to change the video; Spark Ads run the post exactly as published"
        case .campaignIncomplete:
            return "fill in what is missing in the campaign, then publish it again"
        case .campaignStateConflict:
            return "check the campaign's state with show campaign"
        case .invalidAmount:
            return "amounts cannot be negative (use $0 for a deal paid in kind)"
        case .timeGoesForward:
            return "advance to a later time"
        case .timeOutOfRange:
            return "use a nearer date or a shorter duration"
        case .noOpenTransaction:
            return "begin a transaction first"
        }
    }

    /// Why TikTok works this way (for `explain`).
    public var why: String {
        switch self {
        case .invalidHandle:
            return "TikTok usernames are restricted so that they read unambiguously"
        case .accountExists, .brandExists, .campaignExists, .videoExists:
            return "names and ids identify one thing each"
        case .accountNotFound, .brandNotFound, .campaignNotFound, .videoNotFound:
            return "an operation can only act on something that exists"
        case .adAuthorizationOff:
            return "Ad authorization is the creator's account-wide consent to let brands promote posts"
        case .invalidVideoID:
            return "TikTok item ids are positive numbers of at most 19 digits"
        case .videoDeleted:
            return "a Spark Ad runs the original post, so without the post there is nothing to promote"
        case .notYourVideo:
            return "creators keep full ownership of their content: only they can authorize it"
        case .storyNotSupported:
            return "Stories are ephemeral, so they cannot back an ad that runs for days"
        case .videoAuthorizationOff:
            return "the per-video toggle is the creator's consent for that one video"
        case .videoHasLiveCode:
            return "a live code promises a brand the video; deleting the code first withdraws that promise"
        case .videoInUseByAd:
            return "a running Spark Ad shows the public post; it cannot vanish mid-campaign"
        case .accountInUseByAd:
            return "the account toggle covers every video's toggle, which stays on while its ad runs"
        case .invalidDuration:
            return "TikTok offers exactly four authorization periods"
        case .codeFormat:
            return "codes are long secrets, and a paste often loses the # or the trailing ="
        case .codeIncorrect:
            return "a code exists only once the creator generated it in the video's Ad settings"
        case .codeNotFound:
            return "deleting a code revokes it for good: the brand can no longer use it"
        case .codeExpired:
            return "authorization lasts only the period the creator chose"
        case .codeUsedByAnotherBrand:
            return "a code binds to the first brand that redeems it, so the creator controls who promotes"
        case .codeNotExtendable:
            return "extension prolongs a live authorization; once it ended, only a new code re-authorizes"
        case .codeInUseByAds:
            return "TikTok only lets a code go once every ad using the video is gone"
        case .notYourCode:
            return "a code is the creator's authorization; nobody else can change it"
        case .invalidName:
            return "an empty name cannot be referred to"
        case .libraryFull:
            return "TikTok caps a library at 10,000 Spark Ads posts"
        case .tooManyCodes:
            return "Ads Manager batch-authorizes at most 20 codes at a time"
        case .brandCannotEdit:
            return "Spark Ads stay authentic by running the organic post unchanged"
        case .campaignIncomplete:
            return "Ads Manager publishes only a campaign that can deliver"
        case .campaignStateConflict:
            return "a campaign moves draft, scheduled, running, paused, then completed or stopped"
        case .invalidAmount:
            return "a deal records a payment, which cannot be negative"
        case .timeGoesForward:
            return "the simulated clock, like the real one, never goes back"
        case .timeOutOfRange:
            return "the clock counts seconds in a 64-bit number"
        case .noOpenTransaction:
            return "commit and rollback close the innermost open transaction"
        }
    }
}
