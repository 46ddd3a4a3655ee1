/// Brand side: campaigns from draft to publish, pause, resume and stop (rules 15 to 17, 20).
extension World {
    /// `campaign "winter" by acme { ... }`: a draft, which may be incomplete until published.
    public func createCampaign(_ name: String, by brand: String, _ draft: CampaignDraft = CampaignDraft())
        throws(DomainError)
    {
        guard !name.isEmpty else { throw .invalidName(name) }
        try World.checkVisible(name)
        let brandIndex = try brandNumber(brand)
        guard campaignIndex[name] == nil else { throw .campaignExists(name) }
        try atomically { () throws(DomainError) in
            _ = addCampaign(CampaignRecord(name: name, brand: brandIndex, draft: draft))
            note(.campaignDrafted(name: name, brand: brand), at: clock)
        }
    }

    /// Replaces the fields of a campaign that is still a draft.
    public func updateDraft(_ name: String, _ draft: CampaignDraft) throws(DomainError) {
        let index = try campaignNumber(name)
        let state = campaigns[Int(index)].state
        guard state == .draft else { throw .campaignStateConflict(name, state: state, action: "edit") }
        try atomically { () throws(DomainError) in
            updateCampaign(index) { $0.draft = draft }
        }
    }

    /// `publish "winter"`: checks every requirement of rule 17 and names all that are missing. A
    /// code that does not work says why (expired, deleted, a toggle off: what the creator must do),
    /// and a schedule that starts at or after the code's expiry is refused, saying when it expires.
    /// A private or friends-only video becomes public (rule 15). The campaign is running at once
    /// when its schedule starts now, scheduled otherwise.
    @discardableResult
    public func publish(_ name: String) throws(DomainError) -> [WorldEvent] {
        let index = try campaignNumber(name)
        let campaign = campaigns[Int(index)]
        guard campaign.state == .draft else {
            throw .campaignStateConflict(name, state: campaign.state, action: "publish")
        }
        exercise(.campaignRequirements)
        var missing: [CampaignRequirement] = []
        let (post, code) = creative(of: campaign, missing: &missing)
        let draft = campaign.draft
        if (draft.budget?.amount ?? .zero) <= .zero {
            missing.append(.budget)
        }
        if let schedule = draft.schedule {
            if schedule.start < clock || schedule.end <= schedule.start {
                missing.append(.scheduleNotInPast)
            }
        } else {
            missing.append(.schedule)
        }
        if !World.isValidURL(draft.url ?? "") {
            missing.append(.url)
        }
        if (draft.callToAction ?? "").allSatisfy(\.isWhitespace) {
            missing.append(.callToAction)
        }
        if let targeting = draft.targeting, !targeting.isValid {
            missing.append(.targeting)
        }
        guard missing.isEmpty, let schedule = draft.schedule else {
            throw .campaignIncomplete(name, missing: missing)
        }
        let brandName = brands[Int(campaign.brand)].name
        return try atomically { () throws(DomainError) in
            var events: [WorldEvent] = []
            if post != nil { exercise(.privateBecomesPublic) }
            if let post, posts[Int(post)].visibility != .public {
                updatePost(post) { $0.visibility = .public }
                let creator = accounts[Int(posts[Int(post)].owner)].handle
                events.append(
                    emit(
                        .videoMadePublic(id: posts[Int(post)].id), at: clock,
                        to: [.creator(creator), .brand(brandName)]))
            }
            let starts = schedule.start == clock
            note(
                .campaignPublished(name: name, code: code.map { codes[Int($0)].text }, schedule: schedule),
                at: clock)
            updateCampaign(index) { record in
                record.post = post
                record.code = code
            }
            change(index, to: starts ? .running : .scheduled, at: clock)
            let kind: WorldEvent.Kind =
                starts ? .campaignStarted(name: name) : .campaignScheduled(name: name, start: schedule.start)
            events.append(emit(kind, at: clock, to: [.brand(brandName)]))
            return events
        }
    }

    /// The post and code a campaign would run on, noting what is missing. The code is the brand's
    /// usable code for the video that lasts longest.
    private func creative(of campaign: CampaignRecord, missing: inout [CampaignRequirement])
        -> (Int32?, Int32?)
    {
        switch campaign.draft.format {
        case .inFeed:
            if campaign.draft.videoID != nil {
                missing.append(.sparkFormat)
            }
            return (nil, nil)
        case .spark:
            guard let id = campaign.draft.videoID else {
                missing.append(.video)
                return (nil, nil)
            }
            guard let post = postIndex[id], !posts[Int(post)].isDeleted, posts[Int(post)].kind == .video
            else {
                missing.append(.availableVideo(id))
                return (nil, nil)
            }
            let owned = codesByPost[Int(post)].filter { codes[Int($0)].brand == campaign.brand }
            guard !owned.isEmpty, libraryPosts[Int(campaign.brand)].contains(post) else {
                missing.append(.videoInLibrary(id))
                return (post, nil)
            }
            exercise(.codeWorksWhileLive)
            let usable = owned.filter { usabilityProblem($0) == nil }
            guard let best = usable.max(by: { codes[Int($0)].expiry < codes[Int($1)].expiry }) else {
                // Say why the longest-lasting code fails, and so what the creator must do.
                let latest = owned.max { codes[Int($0)].expiry < codes[Int($1)].expiry } ?? owned[0]
                let why =
                    usabilityProblem(latest)
                    ?? .codeExpired(codes[Int(latest)].text, at: codes[Int(latest)].expiry)
                missing.append(.liveCode(id, why: why))
                return (post, nil)
            }
            if let start = campaign.draft.schedule?.start, start >= codes[Int(best)].expiry {
                missing.append(.codeValidAtStart(video: id, expiry: codes[Int(best)].expiry))
            }
            return (post, best)
        }
    }

    /// http:// or https://, then a host with a dot, and no whitespace anywhere.
    static func isValidURL(_ text: String) -> Bool {
        let rest: Substring
        if text.hasPrefix("https://") {
            rest = text.dropFirst(8)
        } else if text.hasPrefix("http://") {
            rest = text.dropFirst(7)
        } else {
            return false
        }
        guard !text.contains(where: \.isWhitespace) else { return false }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return host.contains(".") && !host.hasPrefix(".") && !host.hasSuffix(".")
    }

    /// `pause "winter"`: a scheduled or running campaign stops delivering until resumed.
    @discardableResult
    public func pause(_ name: String) throws(DomainError) -> [WorldEvent] {
        try transition(name, action: "pause", from: [.scheduled, .running]) { _ in
            (.paused, .campaignPaused(name: name))
        }
    }

    /// `resume "winter"`: back to running (or scheduled, before its start).
    @discardableResult
    public func resume(_ name: String) throws(DomainError) -> [WorldEvent] {
        try transition(name, action: "resume", from: [.paused]) { record in
            let started = record.draft.schedule.map { $0.start <= clock } ?? true
            return (started ? .running : .scheduled, .campaignResumed(name: name))
        }
    }

    /// `stop "winter"`: the brand ends the campaign for good.
    @discardableResult
    public func stop(_ name: String) throws(DomainError) -> [WorldEvent] {
        let index = try campaignNumber(name)
        let state = campaigns[Int(index)].state
        guard state.isLive else { throw .campaignStateConflict(name, state: state, action: "stop") }
        return try atomically { () throws(DomainError) in
            [stop(index, reason: .stoppedByBrand, at: clock)]
        }
    }

    private func transition(
        _ name: String, action: String, from states: [CampaignState],
        _ next: (CampaignRecord) -> (CampaignState, WorldEvent.Kind)
    ) throws(DomainError) -> [WorldEvent] {
        let index = try campaignNumber(name)
        let record = campaigns[Int(index)]
        guard states.contains(record.state) else {
            throw .campaignStateConflict(name, state: record.state, action: action)
        }
        let (state, kind) = next(record)
        return try atomically { () throws(DomainError) in
            change(index, to: state, at: clock)
            return [emit(kind, at: clock, to: [.brand(brands[Int(record.brand)].name)])]
        }
    }

    /// Stops a live campaign and reports it to its brand.
    func stop(_ index: Int32, reason: StopReason, at instant: Instant) -> WorldEvent {
        change(index, to: .stopped(reason), at: instant)
        let campaign = campaigns[Int(index)]
        return emit(
            .campaignStopped(name: campaign.name, reason: reason), at: instant,
            to: [.brand(brands[Int(campaign.brand)].name)])
    }
}
