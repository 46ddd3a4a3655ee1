/// Creator side: generating, extending and deleting Spark Codes (rules 1 to 5, 10, 11).
extension World {
    /// `authorize video 42 for 60d [as @bob]`: turns the video's toggle on, accepts the terms and
    /// generates a code valid for `days` (7, 30, 60 or 365). Several codes per video are fine, one
    /// per brand (rule 5). When the creator had turned the toggle off, this turns it back on and
    /// the video's older live codes work again: the result says so.
    @discardableResult
    public func authorizeVideo(_ id: UInt64, days: Int = 30, as actor: Handle? = nil)
        throws(DomainError) -> Authorization
    {
        try authorizeVideo(id, for: AuthorizationDuration(days: days), as: actor)
    }

    @discardableResult
    public func authorizeVideo(_ id: UInt64, for duration: AuthorizationDuration, as actor: Handle? = nil)
        throws(DomainError) -> Authorization
    {
        exercise(.ownerOnly)
        let postIndex = try ownedPost(id, actor: actor)
        let post = posts[Int(postIndex)]
        exercise(.noStories)
        guard post.kind == .video else { throw .storyNotSupported(id) }
        let owner = accounts[Int(post.owner)]
        exercise(.accountAuthorization)
        guard owner.adsEnabled else { throw .adAuthorizationOff(owner.handle) }
        guard let expiry = clock.adding(seconds: duration.seconds) else { throw .timeOutOfRange }
        // A toggle that is off although the video has codes was turned off by the creator: this
        // turns it back on, and the older codes that are otherwise fine work again.
        let turnsBackOn = !post.isAuthorized && !codesByPost[Int(postIndex)].isEmpty
        let older = codesByPost[Int(postIndex)]
        return try atomically { () throws(DomainError) in
            if !post.isAuthorized {
                updatePost(postIndex) { $0.isAuthorized = true }
                if turnsBackOn { note(.videoToggle(video: id, on: true), at: clock) }
            }
            let index = addCode(
                CodeRecord(
                    text: freshCodeText(), post: postIndex, creator: post.owner, days: duration.days,
                    createdAt: clock, expiry: expiry))
            exercise(.durations)
            exercise(.videoSpecificCodes)
            note(
                .codeGenerated(
                    code: codes[Int(index)].text, video: id, creator: owner.handle, expiry: expiry),
                at: clock)
            if post.visibility != .public { exercise(.privateBecomesPublic) }
            let warning: AuthorizationWarning? =
                post.visibility == .public ? nil : .willBecomePublic(video: id, visibility: post.visibility)
            var authorization = Authorization(code: codeView(index), warning: warning)
            if turnsBackOn {
                authorization.toggleTurnedBackOn = true
                authorization.reactivatedCodes = older.filter { usabilityProblem($0) == nil }.map(codeView)
            }
            return authorization
        }
    }

    /// A code text not in use yet; the generator's state is logged first, so a rolled-back code
    /// does not move the stream and later codes do not depend on failed statements. With 376 random bits a repeat never happens in practice, but a
    /// badly seeded generator must not corrupt the index.
    private func freshCodeText() -> String {
        if undoLog.needsRecord(of: .generator) {
            undoLog.log(.generator(generator), priorValueOf: .generator)
        }
        var text = generator.nextCodeText()
        while codeIndex[text] != nil {
            text = generator.nextCodeText()
        }
        return text
    }

    /// `extend c by 30d`: adds the duration to the code's validity (rule 10). An expired or deleted
    /// code cannot be extended: generate a new one.
    @discardableResult
    public func extendCode(_ text: String, by days: Int, as actor: Handle? = nil) throws(DomainError)
        -> SparkCode
    {
        try extendCode(text, by: AuthorizationDuration(days: days), as: actor)
    }

    @discardableResult
    public func extendCode(_ text: String, by duration: AuthorizationDuration, as actor: Handle? = nil)
        throws(DomainError) -> SparkCode
    {
        let index = try codeNumber(text)
        let code = codes[Int(index)]
        try checkCreator(code, actor: actor)
        exercise(.extendCode)
        guard code.deletedAt == nil else { throw .codeNotExtendable(text, status: .deleted) }
        guard code.expiry > clock else { throw .codeNotExtendable(text, status: .expired) }
        guard let expiry = code.expiry.adding(seconds: duration.seconds) else { throw .timeOutOfRange }
        return try atomically { () throws(DomainError) in
            updateCode(index) { record in
                record.expiry = expiry
                record.days += duration.days
            }
            exercise(.durations)
            note(.codeExtended(code: text, expiry: expiry), at: clock)
            return codeView(index)
        }
    }

    /// `delete code c`: the creator revokes the code (rule 11). Under `.guide` no new ad can start
    /// with it (scheduled campaigns stop now) while running and paused ones continue until their
    /// schedule ends or the code's original expiry; under `.strict` it is refused while any
    /// scheduled, running or paused campaign uses it.
    @discardableResult
    public func deleteCode(_ text: String, as actor: Handle? = nil) throws(DomainError) -> [WorldEvent] {
        let index = try codeNumber(text)
        let code = codes[Int(index)]
        try checkCreator(code, actor: actor)
        guard code.deletedAt == nil else { throw .codeNotFound(text) }
        let users = liveCampaigns(using: index)
        exercise(.deletedCodeStopsNewAds)
        if deletionPolicy == .strict && !users.isEmpty {
            throw .codeInUseByAds(text, campaigns: users.map { campaigns[Int($0)].name })
        }
        return try atomically { () throws(DomainError) in
            updateCode(index) { record in
                record.deletedAt = clock
                record.indexed = false
            }
            note(.codeDeleted(code: text), at: clock)
            // Ads that go on now end at the code's original expiry: their next moment may be sooner.
            for campaign in users {
                requeue(campaign)
            }
            return users.compactMap { campaign in
                guard campaigns[Int(campaign)].state == .scheduled else { return nil }
                return stop(campaign, reason: .codeDeleted(code: text), at: clock)
            }
        }
    }

    private func checkCreator(_ code: CodeRecord, actor: Handle?) throws(DomainError) {
        if let actor, actor != accounts[Int(code.creator)].handle {
            _ = try accountNumber(actor)
            throw .notYourCode(code.text, actor: actor)
        }
    }
}
