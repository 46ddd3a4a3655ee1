/// Internal lookups that throw the right `DomainError`, and the rule 7 check shared by redeem,
/// publish and the `active` state word.
extension World {
    /// The largest TikTok item id: 19 digits.
    static let maxVideoID: UInt64 = 9_999_999_999_999_999_999

    func accountNumber(_ handle: Handle) throws(DomainError) -> Int32 {
        guard let index = accountIndex[handle] else { throw .accountNotFound(handle) }
        return index
    }

    func postNumber(_ id: UInt64) throws(DomainError) -> Int32 {
        guard let index = postIndex[id] else { throw .videoNotFound(id) }
        return index
    }

    /// The post, which must not be deleted, acted on by `actor` (default: its owner), who must own it.
    func ownedPost(_ id: UInt64, actor: Handle?) throws(DomainError) -> Int32 {
        let index = try postNumber(id)
        let post = posts[Int(index)]
        let owner = accounts[Int(post.owner)].handle
        if let actor, actor != owner {
            _ = try accountNumber(actor)
            throw .notYourVideo(video: id, owner: owner, actor: actor)
        }
        guard !post.isDeleted else { throw .videoDeleted(id) }
        return index
    }

    func brandNumber(_ name: String) throws(DomainError) -> Int32 {
        guard let index = brandIndex[name] else { throw .brandNotFound(name) }
        return index
    }

    func campaignNumber(_ name: String) throws(DomainError) -> Int32 {
        guard let index = campaignIndex[name] else { throw .campaignNotFound(name) }
        return index
    }

    /// Refuses a name holding an invisible or control character (see `VisibleName`).
    static func checkVisible(_ name: String) throws(DomainError) {
        if let scalar = VisibleName.firstInvisible(in: name) {
            throw .invisibleCharacter(VisibleName.escaped(name), codePoint: scalar.value)
        }
    }

    /// The code for pasted `text`: rule 8's format check first (4013), then the lookup (a
    /// well-formed code nobody generated is "incorrect", also 4013).
    func codeNumber(_ text: String) throws(DomainError) -> Int32 {
        exercise(.malformedCodeRejected)
        guard CodeText.isWellFormed(text) else { throw .codeFormat(text) }
        guard let index = codeIndex[text] else { throw .codeIncorrect(text) }
        return index
    }

    /// Neither deleted nor expired: the code still promises its video to a brand (rule 13).
    func isLive(_ code: CodeRecord) -> Bool {
        code.deletedAt == nil && code.expiry > clock
    }

    /// Rule 7: why the code cannot be used now, or nil when it can.
    func usabilityProblem(_ index: Int32) -> DomainError? {
        let code = codes[Int(index)]
        if code.deletedAt != nil {
            return .codeNotFound(code.text)
        }
        if code.expiry <= clock {
            return .codeExpired(code.text, at: code.expiry)
        }
        let post = posts[Int(code.post)]
        if post.isDeleted {
            return .videoDeleted(post.id)
        }
        if !post.isAuthorized {
            return .videoAuthorizationOff(post.id)
        }
        let account = accounts[Int(code.creator)]
        if !account.adsEnabled {
            return .adAuthorizationOff(account.handle)
        }
        return nil
    }

    /// Live campaigns (scheduled, running, paused) of any brand promoting `post`, by name.
    func liveCampaigns(promoting post: Int32) -> [Int32] {
        liveCampaigns.filter { campaigns[Int($0)].post == post }.sorted {
            campaigns[Int($0)].name < campaigns[Int($1)].name
        }
    }

    /// Live campaigns running on `code`, by name.
    func liveCampaigns(using code: Int32) -> [Int32] {
        liveCampaigns.filter { campaigns[Int($0)].code == code }.sorted {
            campaigns[Int($0)].name < campaigns[Int($1)].name
        }
    }
}
