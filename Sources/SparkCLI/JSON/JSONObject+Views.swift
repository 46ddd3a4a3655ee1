import SparkModel

/// The domain's views as JSON fields (README, "JSON output"). Codes are masked unless `whole`:
/// the JSON shows a code in full only where the text does.
extension JSONObject {
    mutating func add(code: SparkCode, whole: Bool = false) {
        add("code", whole ? code.text : code.masked)
        add("video", code.videoID)
        add("creator", code.creator.description)
        add("status", code.status.rawValue)
        add("brand", code.brand)
        add("days", code.days)
        add("expires", code.expiry.description)
        add("active", code.isActive)
    }

    /// A code in a brand's library, as `redeem` answers.
    mutating func add(entry: LibraryEntry) {
        add("code", entry.maskedCode)
        add("video", entry.videoID)
        add("creator", entry.creator.description)
        add("brand", entry.brand)
        add("ad_auth_status", entry.adAuthStatus.rawValue)
        add("authorized_at", entry.authorizedAt.description)
    }

    mutating func add(post: Post) {
        add("video", post.id)
        add("kind", post.kind.rawValue)
        add("creator", post.owner.description)
        add("visibility", post.visibility.rawValue)
        add("deleted", post.isDeleted)
        add("ad_authorization", post.isAuthorized)
        add("caption", post.caption)
        add("views", post.views)
        add("likes", post.likes)
        add("comments", post.comments)
        add("shares", post.shares)
        add("follows", post.follows)
    }

    mutating func add(account: Account) {
        add("handle", account.handle.description)
        add("account_type", account.type.rawValue)
        add("ad_authorization", account.adsEnabled)
        add("followers", account.followers)
        add("videos", account.videoCount)
    }

    mutating func add(brand: Brand) {
        add("name", brand.name)
        add("display_name", brand.displayName)
        // A string, as TikTok's API writes ids: 19 digits are past what a JSON reader's double holds.
        add("advertiser_id", String(brand.advertiserID))
        add("library", brand.librarySize)
    }

    mutating func add(campaign: Campaign) {
        add("name", campaign.name)
        add("brand", campaign.brand)
        add("state", campaign.state.word)
        add("format", campaign.format.rawValue)
        add("video", campaign.videoID)
        add("code", campaign.code.map(CodeText.masked))
        add("budget", campaign.budget?.description)
        add("spend", campaign.spend.description)
        add("spend_cents", campaign.spend.cents)
        add("impressions", campaign.impressions)
        add("views", campaign.views)
        add("completions", campaign.completions)
        add("likes", campaign.likes)
        add("comments", campaign.comments)
        add("shares", campaign.shares)
        add("follows", campaign.follows)
    }

    /// One object per view, for arrays (`rows`, a card's `codes`).
    static func objects<View>(_ views: [View], _ fill: (inout JSONObject, View) -> Void) -> [JSONObject] {
        views.map { view in
            var object = JSONObject()
            fill(&object, view)
            return object
        }
    }
}
