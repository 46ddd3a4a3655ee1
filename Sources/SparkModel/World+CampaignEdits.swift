/// Brand side: changing and deleting campaigns in Ads Manager.
extension World {
    /// Changes a campaign (see `CampaignChanges` for what each state allows). Refusals name the
    /// field and say why. A budget change takes effect from now: the time already run keeps the
    /// spend it had, and a new total budget spreads what is left of it over the rest of the schedule.
    public func editCampaign(_ name: String, _ changes: CampaignChanges) throws(DomainError) {
        let index = try campaignNumber(name)
        let record = campaigns[Int(index)]
        switch record.state {
        case .draft:
            let draft = try changedDraft(name, record.draft, changes)
            try atomically { () throws(DomainError) in updateCampaign(index) { $0.draft = draft } }
        case .scheduled, .running, .paused:
            let draft = try changedPublished(name, record, changes)
            try atomically { () throws(DomainError) in
                accrue(index, until: clock)
                updateCampaign(index) { campaign in
                    campaign.draft = draft
                    campaign.spendBase = campaign.spend
                    campaign.ranSeconds = 0
                    campaign.rateSince = clock
                }
                if let schedule = draft.schedule, schedule != record.draft.schedule {
                    note(.campaignRescheduled(name: name, schedule: schedule), at: clock)
                }
            }
        case .completed, .stopped:
            let field = changes.fields.first ?? "campaign"
            throw .campaignEditRefused(name, field: field, why: .over(record.state))
        }
    }

    private func changedDraft(_ name: String, _ draft: CampaignDraft, _ changes: CampaignChanges)
        throws(DomainError) -> CampaignDraft
    {
        var draft = draft
        if let format = changes.format { draft.format = format }
        if let videoID = changes.videoID { draft.videoID = videoID }
        if let budget = changes.budget { draft.budget = budget }
        if let schedule = changes.schedule { draft.schedule = schedule }
        if let end = changes.end {
            guard draft.schedule != nil else {
                throw .campaignEditRefused(name, field: "schedule end", why: .noSchedule)
            }
            draft.schedule?.end = end
        }
        if let targeting = changes.targeting { draft.targeting = targeting }
        if let url = changes.url { draft.url = url }
        if let callToAction = changes.callToAction { draft.callToAction = callToAction }
        return draft
    }

    private func changedPublished(_ name: String, _ record: CampaignRecord, _ changes: CampaignChanges)
        throws(DomainError) -> CampaignDraft
    {
        var draft = record.draft
        if let field = changes.lockedFields(start: draft.schedule?.start).first {
            throw .campaignEditRefused(name, field: field, why: .published(record.state))
        }
        if let end = changes.end ?? changes.schedule?.end, var schedule = draft.schedule {
            guard end > clock && end > schedule.start else {
                throw .campaignEditRefused(name, field: "schedule end", why: .endTooEarly)
            }
            schedule.end = end
            draft.schedule = schedule
        }
        if let budget = changes.budget {
            guard budget.amount > .zero else {
                throw .campaignEditRefused(name, field: "budget", why: .budgetNotPositive)
            }
            if case .total(let money) = budget, money < record.spend {
                throw .campaignEditRefused(name, field: "budget", why: .belowSpend(record.spend))
            }
            draft.budget = budget
        }
        return draft
    }

    /// Deletes a draft, stopped or completed campaign; its name is free again. A scheduled, running
    /// or paused one must be stopped first.
    public func deleteCampaign(_ name: String) throws(DomainError) {
        let index = try campaignNumber(name)
        let state = campaigns[Int(index)].state
        guard !state.isLive else { throw .campaignNotStopped(name, state: state) }
        try atomically { () throws(DomainError) in
            updateCampaign(index) { $0.isDeleted = true }
            removeCampaignName(index)
            note(.campaignDeleted(name: name), at: clock)
        }
    }
}
