import SparkModel
import Testing

/// Ads Manager: editing and deleting campaigns.
@Suite("Campaigns: edit and delete")
struct CampaignEditTests {
    @Test("a draft may change any field")
    func draftChangesAnything() throws {
        let world = try makeWorld()
        try world.createCampaign("winter", by: "acme")
        try world.editCampaign(
            "winter",
            CampaignChanges(
                videoID: 42, budget: .daily(Money(dollars: 20)),
                schedule: Schedule(start: at(days: 1), end: at(days: 5)), url: "https://acme.example",
                callToAction: "Shop now"))
        try world.editCampaign("winter", CampaignChanges(end: at(days: 3)))
        let campaign = try #require(world.campaign(named: "winter"))
        #expect(campaign.videoID == 42 && campaign.url == "https://acme.example")
        #expect(campaign.schedule == Schedule(start: at(days: 1), end: at(days: 3)))
    }

    @Test("a running or paused campaign changes only its budget and the end of its schedule")
    func publishedChangesBudgetAndEnd() throws {
        let world = try makeWorld()
        try runningCampaign(world, campaignDays: 10)
        let before = world.snapshot()
        let url = failure { try world.editCampaign("winter", CampaignChanges(url: "https://other.example")) }
        #expect(url == .campaignEditRefused("winter", field: "url", why: .published(.running)))
        #expect(url?.message.contains("only its budget and the end of its schedule") == true)
        let start = failure {
            try world.editCampaign(
                "winter", CampaignChanges(schedule: Schedule(start: at(days: 1), end: at(days: 20))))
        }
        #expect(start == .campaignEditRefused("winter", field: "schedule start", why: .published(.running)))
        #expect(
            failure { try world.editCampaign("winter", CampaignChanges(end: newYear)) }
                == .campaignEditRefused("winter", field: "schedule end", why: .endTooEarly))
        #expect(world.snapshot() == before)
        // Two days at $50, then $100 a day from now on, and two more days before the new end.
        try world.advance(by: 2 * day)
        try world.pause("winter")
        try world.editCampaign(
            "winter", CampaignChanges(budget: .daily(Money(dollars: 100)), end: at(days: 4)))
        try world.resume("winter")
        try world.advance(by: 5 * day)
        #expect(world.campaign(named: "winter")?.state == .completed)
        #expect(world.campaign(named: "winter")?.spend == Money(dollars: 300))
    }

    @Test("a total budget changed mid-flight spreads what is left over the rest, never below the spend")
    func totalBudgetEdit() throws {
        let world = try makeWorld()
        try world.redeem(try world.authorizeVideo(42).code.text, as: "acme")
        try world.createCampaign(
            "t", by: "acme", sparkDraft(budget: .total(Money(dollars: 400)), startingIn: 0, days: 4))
        try world.publish("t")
        try world.advance(by: 2 * day)
        #expect(world.campaign(named: "t")?.spend == Money(dollars: 200))
        #expect(
            failure { try world.editCampaign("t", CampaignChanges(budget: .total(Money(dollars: 100)))) }
                == .campaignEditRefused("t", field: "budget", why: .belowSpend(Money(dollars: 200))))
        try world.editCampaign("t", CampaignChanges(budget: .total(Money(dollars: 600))))
        try world.advance(by: day)
        #expect(world.campaign(named: "t")?.spend == Money(dollars: 400))
        try world.advance(by: day)
        #expect(world.campaign(named: "t")?.spend == Money(dollars: 600))
    }

    @Test("a completed or stopped campaign changes nothing")
    func overChangesNothing() throws {
        let world = try makeWorld()
        try runningCampaign(world)
        try world.stop("winter")
        #expect(
            failure { try world.editCampaign("winter", CampaignChanges(budget: .daily(Money(dollars: 1)))) }
                == .campaignEditRefused(
                    "winter", field: "budget", why: .over(.stopped(.stoppedByBrand))))
    }

    @Test("delete: drafts, stopped and completed campaigns go; a live one must be stopped first")
    func deleteCampaign() throws {
        let world = try makeWorld()
        try runningCampaign(world)
        let before = world.snapshot()
        let error = failure { try world.deleteCampaign("winter") }
        #expect(error == .campaignNotStopped("winter", state: .running))
        #expect(error?.message.contains("stop it before deleting it") == true)
        #expect(world.snapshot() == before)
        try world.stop("winter")
        #expect(campaignNames(world) == ["winter"])
        try world.deleteCampaign("winter")
        #expect(world.campaign(named: "winter") == nil)
        #expect(try world.campaigns(of: "acme").isEmpty && world.allCampaigns().isEmpty)
        #expect(campaignNames(world).isEmpty && world.removals == 1)
        // The name is free again; a rollback brings the deleted one back.
        try world.createCampaign("draft", by: "acme")
        world.beginTransaction()
        try world.deleteCampaign("draft")
        try world.createCampaign("draft", by: "beta")
        try world.rollbackTransaction()
        #expect(world.campaign(named: "draft")?.brand == "acme")
        #expect(failure { try world.deleteCampaign("nothing") } == .campaignNotFound("nothing"))
    }

    /// The names an index of names sees (a deleted campaign's place has none).
    private func campaignNames(_ world: World) -> [String] {
        (0..<world.count(of: .campaign)).compactMap { world.name(of: .campaign, at: $0) }
    }
}
