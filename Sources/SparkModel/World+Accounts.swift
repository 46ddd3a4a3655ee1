/// Creator side, in the TikTok app: accounts, posts, visibility and the two Ad authorization toggles.
extension World {
    /// `creator @alice as creator`. Ad authorization starts off (G step 1).
    /// Handles are case-insensitive: `@Alice` after `@alice` already exists.
    public func createAccount(_ handle: Handle, type: AccountType = .personal) throws(DomainError) {
        try World.checkVisible(handle.name)
        guard handle.isWellFormed else { throw .invalidHandle(handle.name) }
        if let existing = accountIndex[handle] { throw .accountExists(accounts[Int(existing)].handle) }
        try atomically { () throws(DomainError) in
            _ = addAccount(AccountRecord(handle: handle, type: type))
        }
    }

    /// `enable ad authorization for @alice`: Settings and privacy > Creator tools > Ad settings.
    public func enableAdAuthorization(for handle: Handle) throws(DomainError) {
        try setAdAuthorization(handle, on: true)
    }

    /// `disable ad authorization for @alice`: the account's codes stop working, so no brand can
    /// redeem them or publish a new ad with them (rule 7), until it is turned back on.
    ///
    /// Refused while one of the account's videos runs in a Spark Ad (scheduled, running or paused),
    /// naming the video and the campaign. Why refuse rather than stop the ads: the per-video toggle
    /// is refused in that state (rule 14, TikTok), and the account toggle is the wider consent that
    /// covers it, so it cannot be a way around that rule; the guide also never lets the creator
    /// stop a brand's running ad outright (deleting the code lets it run on, rule 11, and a video
    /// cannot be deleted while it runs as a Spark Ad, rule 13). The creator waits for the
    /// campaign to end or asks the brand to stop it.
    public func disableAdAuthorization(for handle: Handle) throws(DomainError) {
        let index = try accountNumber(handle)
        exercise(.toggleStaysOnWhileAdvertised)
        let promoted = liveCampaigns.filter { campaign in
            campaigns[Int(campaign)].post.map { posts[Int($0)].owner == index } ?? false
        }
        if let first = promoted.min(by: { campaigns[Int($0)].name < campaigns[Int($1)].name }),
            let post = campaigns[Int(first)].post
        {
            throw .accountInUseByAd(handle, video: posts[Int(post)].id, campaign: campaigns[Int(first)].name)
        }
        try setAdAuthorization(handle, on: false)
    }

    private func setAdAuthorization(_ handle: Handle, on: Bool) throws(DomainError) {
        let index = try accountNumber(handle)
        try atomically { () throws(DomainError) in
            updateAccount(index) { $0.adsEnabled = on }
            noteToggles(of: index)
        }
    }

    /// `post video 42 by @alice "Winter haul" private` (or a story). Ids have 1 to 19 digits.
    public func post(
        _ kind: PostKind, id: UInt64, by owner: Handle, caption: String,
        visibility: Visibility = .public
    ) throws(DomainError) {
        guard id > 0 && id <= World.maxVideoID else { throw .invalidVideoID(id) }
        let ownerIndex = try accountNumber(owner)
        guard postIndex[id] == nil else { throw .videoExists(id) }
        try atomically { () throws(DomainError) in
            _ = addPost(
                PostRecord(id: id, owner: ownerIndex, kind: kind, caption: caption, visibility: visibility))
        }
    }

    /// `make video 42 private`, acting as `actor` (default: the owner). A video promoted by a live
    /// Spark Ad must stay public (rule 15), including an ad that goes on after its code was deleted.
    public func setVisibility(_ id: UInt64, to visibility: Visibility, as actor: Handle? = nil)
        throws(DomainError)
    {
        let index = try ownedPost(id, actor: actor)
        if visibility != .public { exercise(.privateBecomesPublic) }
        if visibility != .public, let campaign = liveCampaigns(promoting: index).first {
            throw .videoInUseByAd(video: id, campaign: campaigns[Int(campaign)].name)
        }
        try atomically { () throws(DomainError) in
            updatePost(index) { $0.visibility = visibility }
        }
    }

    /// `turn on|off ad authorization for video 42`. Turning it on needs the account toggle (rule 1);
    /// turning it off is refused while the post runs in a Spark Ad, and otherwise makes its codes
    /// unusable until it is turned back on (rule 14).
    public func setVideoAuthorization(_ id: UInt64, on: Bool, as actor: Handle? = nil) throws(DomainError) {
        exercise(.ownerOnly)
        let index = try ownedPost(id, actor: actor)
        let post = posts[Int(index)]
        let owner = accounts[Int(post.owner)]
        if on {
            exercise(.noStories)
            guard post.kind == .video else { throw .storyNotSupported(id) }
            exercise(.accountAuthorization)
            guard owner.adsEnabled else { throw .adAuthorizationOff(owner.handle) }
        } else if let campaign = liveCampaigns(promoting: index).first {
            throw .videoInUseByAd(video: id, campaign: campaigns[Int(campaign)].name)
        }
        try atomically { () throws(DomainError) in
            updatePost(index) { $0.isAuthorized = on }
            if !codesByPost[Int(index)].isEmpty {
                note(.videoToggle(video: id, on: on && owner.adsEnabled), at: clock)
            }
        }
    }

    /// `delete video 42`. Refused while the video has a live code: delete the code first; and
    /// while a Spark Ad still runs on it (scheduled, running or paused), even one that goes on after
    /// its code was deleted under the guide's policy (rule 11): the guide's FAQ says a video cannot
    /// be deleted while it is used as a Spark Ad, so the ad must end or be stopped first (rule 13).
    public func deleteVideo(_ id: UInt64, as actor: Handle? = nil) throws(DomainError) {
        let index = try ownedPost(id, actor: actor)
        exercise(.videoWithLiveCodeKept)
        for code in codesByPost[Int(index)] where isLive(codes[Int(code)]) {
            throw .videoHasLiveCode(video: id, code: codes[Int(code)].text)
        }
        if let campaign = liveCampaigns(promoting: index).first {
            throw .videoInUseByAd(video: id, campaign: campaigns[Int(campaign)].name)
        }
        try atomically { () throws(DomainError) in
            updatePost(index) { $0.isDeleted = true }
        }
    }
}
