import SparkBase

/// The simulated clock. Only `advance` moves time; everything that happens on the way (campaign
/// starts, daily delivery, completions, code expiries and the stops they cause) happens in time
/// order, even inside one long advance, and comes back as events.
extension World {
    /// `advance 10d`.
    @discardableResult
    public func advance(by seconds: Int64) throws(DomainError) -> [WorldEvent] {
        guard let target = clock.adding(seconds: seconds) else { throw .timeOutOfRange }
        return try advance(to: target)
    }

    /// `advance to 2027-01-15`. At one instant, things happen in this order: campaign starts, the
    /// day's delivery, schedule completions, then code expiries (rule 12: a code expires exactly
    /// at its end, so the day that ends with it still delivers) and the stops they cause.
    ///
    /// Only the campaigns due at an instant are looked at (`campaignQueue`), and the undo log keeps
    /// one prior value per touched record, so an advance over millennia costs memory in proportion
    /// to the campaigns it touches, not to the days it crosses.
    @discardableResult
    public func advance(to target: Instant) throws(DomainError) -> [WorldEvent] {
        guard target >= clock else { throw .timeGoesForward(now: clock, requested: target) }
        return try atomically { () throws(DomainError) in
            var events: [WorldEvent] = []
            while let next = campaignQueue.earliest(), next <= target {
                expireCodes(after: clock, through: Instant(seconds: next.seconds - 1), into: &events)
                moveClock(to: next)
                happen(at: next, to: campaignQueue.popDue(at: next), into: &events)
            }
            expireCodes(after: clock, through: target, into: &events)
            moveClock(to: target)
            return events
        }
    }

    /// Puts a campaign back in the queue at its next moment (or takes it out when it has none).
    func requeue(_ index: Int32) {
        campaignQueue.schedule(index, at: nextMoment(of: index))
    }

    /// The earliest instant after now at which a live campaign has something to do.
    private func nextMoment(of index: Int32) -> Instant? {
        let campaign = campaigns[Int(index)]
        guard campaign.state.isLive, let schedule = campaign.draft.schedule else { return nil }
        var earliest: Instant?
        func consider(_ instant: Instant) {
            if instant > clock && instant < (earliest ?? Instant(seconds: Int64.max)) {
                earliest = instant
            }
        }
        if let code = campaign.code, codes[Int(code)].deletedAt != nil {
            consider(codes[Int(code)].expiry)
        }
        switch campaign.state {
        case .scheduled:
            consider(schedule.start)
        case .running:
            consider(schedule.end)
            consider(nextDayBoundary(of: schedule))
        case .paused:
            consider(schedule.end)
        case .draft, .stopped, .completed:
            break
        }
        return earliest
    }

    /// The first end of a delivery day after now: start + k days, or the schedule's end.
    private func nextDayBoundary(of schedule: Schedule) -> Instant {
        let elapsed = clock.seconds - schedule.start.seconds
        let days = CivilDate.floorDivision(elapsed, Instant.secondsPerDay) + 1
        let boundary = schedule.start.adding(days: days) ?? schedule.end
        return min(boundary, schedule.end)
    }

    /// What the campaigns `due` at `instant` (in index order) do then; afterwards each is queued
    /// again at its next moment.
    private func happen(at instant: Instant, to due: [Int32], into events: inout [WorldEvent]) {
        for index in due where campaigns[Int(index)].state == .scheduled {
            guard campaigns[Int(index)].draft.schedule?.start == instant else { continue }
            change(index, to: .running, at: instant)
            events.append(announce(.campaignStarted(name: campaigns[Int(index)].name), index, at: instant))
        }
        for index in due where campaigns[Int(index)].state == .running {
            accrue(index, until: instant)
        }
        for index in due where campaigns[Int(index)].state.isLive {
            guard campaigns[Int(index)].draft.schedule?.end == instant else { continue }
            change(index, to: .completed, at: instant)
            events.append(announce(.campaignCompleted(name: campaigns[Int(index)].name), index, at: instant))
        }
        expireCodes(after: Instant(seconds: instant.seconds - 1), through: instant, into: &events)
        for index in due where campaigns[Int(index)].state.isLive {
            guard let code = campaigns[Int(index)].code, codes[Int(code)].deletedAt != nil,
                codes[Int(code)].expiry == instant
            else { continue }
            exercise(.deletedCodeStopsNewAds)
            events.append(stop(index, reason: .codeDeleted(code: codes[Int(code)].text), at: instant))
        }
        for index in due {
            requeue(index)
        }
    }

    /// Processes, in time order, every code that expires after `start` and no later than `limit`:
    /// the code leaves the expiry index and the campaigns running on it stop (rule 12).
    private func expireCodes(after start: Instant, through limit: Instant, into events: inout [WorldEvent]) {
        guard limit > start else { return }
        let due = expiryIndex.codes(expiringIn: Instant(seconds: start.seconds + 1), limit) {
            codes[Int($0)].expiry
        }
        let ordered = due.sorted { (codes[Int($0)].expiry, $0) < (codes[Int($1)].expiry, $1) }
        for index in ordered {
            updateCode(index) { $0.indexed = false }
            exercise(.expiredCodeStopsAds)
            let code = codes[Int(index)]
            var audience: [WorldEvent.Audience] = [.creator(accounts[Int(code.creator)].handle)]
            if let brand = code.brand {
                audience.append(.brand(brands[Int(brand)].name))
            }
            events.append(emit(.codeExpired(code: code.text), at: code.expiry, to: audience))
            for campaign in liveCampaigns(using: index) {
                events.append(stop(campaign, reason: .codeExpired(code: code.text), at: code.expiry))
            }
        }
    }

    private func announce(_ kind: WorldEvent.Kind, _ campaign: Int32, at instant: Instant) -> WorldEvent {
        emit(kind, at: instant, to: [.brand(brands[Int(campaigns[Int(campaign)].brand)].name)])
    }
}
