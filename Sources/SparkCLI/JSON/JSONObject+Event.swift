import SparkModel

/// A world event as JSON fields beside its text: `event` names it, the fields after it carry its
/// data, `audience` who is told (README, "JSON output").
extension JSONObject {
    mutating func add(_ event: WorldEvent) {
        switch event.kind {
        case .codeExpired(let code):
            add("event", "code_expired")
            add("code", CodeText.masked(code))
        case .campaignScheduled(let name, let start):
            add("event", "campaign_scheduled")
            add("campaign", name)
            add("start", start.description)
        case .campaignStarted(let name): campaign("campaign_started", name)
        case .campaignPaused(let name): campaign("campaign_paused", name)
        case .campaignResumed(let name): campaign("campaign_resumed", name)
        case .campaignStopped(let name, let reason):
            campaign("campaign_stopped", name)
            stopReason(reason)
        case .campaignCompleted(let name): campaign("campaign_completed", name)
        case .videoMadePublic(let id):
            add("event", "video_made_public")
            add("video", id)
        }
        add(
            "audience",
            event.audience.map { audience in
                switch audience {
                case .creator(let handle): handle.description
                case .brand(let name): name
                }
            })
    }

    private mutating func campaign(_ name: String, _ campaign: String) {
        add("event", name)
        add("campaign", campaign)
    }

    private mutating func stopReason(_ reason: StopReason) {
        switch reason {
        case .codeExpired(let code):
            add("reason", "code_expired")
            add("code", CodeText.masked(code))
        case .codeDeleted(let code):
            add("reason", "code_deleted")
            add("code", CodeText.masked(code))
        case .removedFromLibrary(let id):
            add("reason", "removed_from_library")
            add("video", id)
        case .stoppedByBrand: add("reason", "stopped_by_brand")
        }
    }
}
