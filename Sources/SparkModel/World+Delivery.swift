/// Delivery of running campaigns, charged for the time they actually ran; the figures come from `DeliveryModel` (rule 22) and a Spark
/// Ad's engagement is credited to the original post and its creator (rule 18).
extension World {
    /// Moves a campaign to `state` at `instant`, charging first for the time it ran until then when
    /// it stops running (rule 22): a pause, a stop, a code's expiry or the schedule's end all end a
    /// partial day the same way.
    func change(_ index: Int32, to state: CampaignState, at instant: Instant) {
        if campaigns[Int(index)].state == .running {
            accrue(index, until: instant)
        }
        updateCampaign(index) { record in
            record.state = state
            record.accruedUntil = state == .running ? instant : nil
        }
    }

    /// Charges a running campaign for its running time up to `instant` (within its schedule): its
    /// cumulative spend is ⌈budget × seconds run / period⌉, the period being one day for a daily
    /// budget and the schedule's length for a total one, in exact cents (see `DeliveryModel`).
    func accrue(_ index: Int32, until instant: Instant) {
        let campaign = campaigns[Int(index)]
        guard campaign.state == .running, let since = campaign.accruedUntil,
            let schedule = campaign.draft.schedule, let budget = campaign.draft.budget
        else { return }
        let from = max(since, schedule.start)
        let to = min(instant, schedule.end)
        guard to > from else { return }
        let ran = Arithmetic.saturatingAdd(campaign.ranSeconds, to.seconds - from.seconds)
        let periodStart = max(campaign.rateSince ?? schedule.start, schedule.start)
        let span = schedule.end.seconds - periodStart.seconds
        let after = Money(
            cents: Arithmetic.saturatingAdd(
                campaign.spendBase.cents,
                DeliveryModel.spend(budget, spent: campaign.spendBase, over: span, ranSeconds: ran)))
        let before = campaign.spend
        updateCampaign(index) { record in
            record.ranSeconds = ran
            record.accruedUntil = instant
            record.spend = max(after, before)
        }
        exercise(.delivery)
        guard after > before, let post = campaign.post else { return }
        exercise(.engagementToOriginalPost)
        let old = DeliveryModel.totals(spend: before, format: campaign.draft.format)
        let new = DeliveryModel.totals(spend: after, format: campaign.draft.format)
        updatePost(post) { record in
            record.counters.views = Arithmetic.saturatingAdd(record.counters.views, new.views - old.views)
            record.counters.likes = Arithmetic.saturatingAdd(record.counters.likes, new.likes - old.likes)
            record.counters.comments = Arithmetic.saturatingAdd(
                record.counters.comments, new.comments - old.comments)
            record.counters.shares = Arithmetic.saturatingAdd(record.counters.shares, new.shares - old.shares)
            record.counters.follows = Arithmetic.saturatingAdd(
                record.counters.follows, new.follows - old.follows)
        }
        updateAccount(posts[Int(post)].owner) { record in
            record.followers = Arithmetic.saturatingAdd(record.followers, new.follows - old.follows)
        }
    }
}
