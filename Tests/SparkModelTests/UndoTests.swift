import Testing

@testable import SparkModel

/// The undo log: what a rollback restores, and what it costs to keep.
@Suite("Undo: rollbacks restore everything, at the cost of what they touched")
struct UndoTests {
    @Test("a rolled-back code does not advance the code generator, so later codes do not change")
    func rolledBackCodeKeepsTheGeneratorWhereItWas() throws {
        let checked = try makeWorld()
        let plain = try makeWorld()
        checked.beginTransaction()
        let discarded = try checked.authorizeVideo(42).code.text
        try checked.rollbackTransaction()
        let first = try checked.authorizeVideo(42).code.text
        #expect(first == (try plain.authorizeVideo(42).code.text))
        #expect(first == discarded)
        #expect(checked.snapshot() == plain.snapshot())
    }

    @Test("a nested transaction committed into a rolled-back one gives its codes back too")
    func nestedCommitThenOuterRollbackRestoresTheGenerator() throws {
        let checked = try makeWorld()
        let plain = try makeWorld()
        checked.beginTransaction()
        checked.beginTransaction()
        try checked.authorizeVideo(42)
        try checked.commitTransaction()
        try checked.authorizeVideo(7, as: bob)
        try checked.rollbackTransaction()
        #expect(try checked.authorizeVideo(42).code.text == (try plain.authorizeVideo(42).code.text))
    }

    @Test("a long advance logs each touched record once, not once per simulated day")
    func longAdvanceLogsTouchedRecordsOnce() throws {
        let world = try makeWorld()
        for index in 0..<5 {
            try world.createCampaign(
                "house \(index)", by: "acme",
                CampaignDraft(
                    format: .inFeed, budget: .daily(Money(dollars: 10)),
                    schedule: Schedule(start: at(days: 1), end: at(days: 4_001)),
                    url: "https://acme.example", callToAction: "Shop now"))
            try world.publish("house \(index)")
        }
        world.beginTransaction()
        try world.advance(by: 4_000 * day)
        // Five campaigns and the clock (in-feed ads credit no post); a few events besides.
        #expect(world.undoLog.count < 20)
        try world.rollbackTransaction()
        #expect(world.campaign(named: "house 0")?.state == .scheduled)
        try world.advance(by: 4_001 * day)
        #expect(world.campaign(named: "house 4")?.spend == Money(dollars: 40_000))
    }

    @Test("a failed long advance leaves the world exactly as it was")
    func failedLongAdvanceChangesNothing() throws {
        let world = try makeWorld()
        try runningCampaign(world, codeDays: 365, campaignDays: 300)
        try world.createCampaign(
            "house", by: "beta",
            CampaignDraft(
                format: .inFeed, budget: .total(Money(dollars: 1_000)),
                schedule: Schedule(start: at(days: 2), end: at(days: 500)),
                url: "https://beta.example", callToAction: "Shop now"))
        try world.publish("house")
        try world.advance(by: 3 * day)
        let before = world.snapshot()
        world.beginTransaction()
        try world.advance(by: 600 * day)
        #expect(world.campaign(named: "winter")?.state == .completed)
        try world.rollbackTransaction()
        #expect(world.snapshot() == before)
        // The campaign queue was rebuilt for the old clock: the next day still delivers.
        try world.advance(by: day)
        #expect(world.campaign(named: "winter")?.spend == Money(dollars: 4 * 50))
    }

    @Test("the event log holds the latest statement's events, and a failed statement keeps them")
    func eventLogHoldsTheLatestStatement() throws {
        let world = try makeWorld()
        try runningCampaign(world, codeDays: 7, campaignDays: 30, startingIn: 1)
        let events = try world.advance(by: 10 * day)
        #expect(world.events == events)
        #expect(events.count == 3)
        #expect(failure { try world.advance(to: newYear) } != nil)
        world.beginTransaction()
        try world.createCampaign("spring", by: "acme", sparkDraft(now: world.now))
        try world.rollbackTransaction()
        #expect(world.events == events)
        try world.recordDeal(creator: alice, brand: "acme", amount: .zero)
        #expect(world.events.isEmpty)
    }
}
