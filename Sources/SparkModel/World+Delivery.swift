/// Daily delivery of running campaigns; the figures come from `DeliveryModel` (rule 22) and a Spark
/// Ad's engagement is credited to the original post and its creator (rule 18).
extension World {
    /// Spends the share of the delivery day that ends at `instant`, if one does.
    func deliverDay(_ index: Int32, endingAt instant: Instant) {
        let campaign = campaigns[Int(index)]
        guard let schedule = campaign.draft.schedule, let budget = campaign.draft.budget,
            instant > schedule.start, instant <= schedule.end
        else { return }
        let day = Instant.secondsPerDay
        let elapsed = instant.seconds - schedule.start.seconds
        guard elapsed % day == 0 || instant == schedule.end else { return }
        // Delivery day k (1-based) ends at `instant`.
        let dayNumber = (elapsed + day - 1) / day
        let amount: Int64
        var ceiling = Int64.max
        switch budget {
        case .daily(let money):
            let dayLength = elapsed - (dayNumber - 1) * day
            amount = Arithmetic.mulDiv(money.cents, dayLength, day)
        case .total(let money):
            let span = schedule.end.seconds - schedule.start.seconds
            let days = (span + day - 1) / day
            amount = money.cents / days + (dayNumber <= money.cents % days ? 1 : 0)
            ceiling = money.cents
        }
        let before = campaign.spend
        let after = Money(cents: min(Arithmetic.saturatingAdd(before.cents, amount), ceiling))
        guard after > before else { return }
        updateCampaign(index) { $0.spend = after }
        guard let post = campaign.post else { return }
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
