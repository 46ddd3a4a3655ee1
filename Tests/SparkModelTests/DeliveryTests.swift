import SparkModel
import Testing

/// Rule 22: spend accrues for the time an ad actually ran, and a partial day spends its pro-rata
/// share by one rule, whatever ends it and whatever the budget.
@Suite("Rule 22: partial days")
struct DeliveryTests {
    private static let noon = Instant(seconds: newYear.seconds + day / 2)

    /// A running Spark Ad on video 42 from day 1 for `days`, at $48 a day unless told otherwise.
    private func campaign(
        _ world: World, _ name: String, budget: Budget = .daily(Money(dollars: 48)), start: Instant,
        end: Instant
    ) throws {
        var draft = sparkDraft(budget: budget)
        draft.schedule = Schedule(start: start, end: end)
        try world.createCampaign(name, by: "acme", draft)
        try world.publish(name)
    }

    @Test("a code expiring at noon charges its last half day, as a schedule ending at noon does")
    func codeExpiryAndScheduleEndChargeAlike() throws {
        let world = try makeWorld()
        try world.advance(to: Self.noon)
        let code = try world.authorizeVideo(42, days: 7).code.text
        try world.redeem(code, as: "acme")
        try campaign(world, "expiring", start: at(days: 1), end: at(days: 30))
        try campaign(
            world, "ending", start: at(days: 1), end: Instant(seconds: at(days: 7).seconds + day / 2))
        try world.advance(by: 20 * day)
        #expect(world.campaign(named: "expiring")?.state == .stopped(.codeExpired(code: code)))
        #expect(world.campaign(named: "ending")?.state == .completed)
        // Six whole days and half of the seventh: 6 × $48 + $24.
        #expect(world.campaign(named: "expiring")?.spend == Money(dollars: 312))
        #expect(world.campaign(named: "ending")?.spend == Money(dollars: 312))
    }

    @Test("a total budget over a day and a half gives the half day half a day's share")
    func totalBudgetHalfDay() throws {
        let world = try makeWorld()
        try world.redeem(try world.authorizeVideo(42).code.text, as: "acme")
        try campaign(
            world, "short", budget: .total(Money(dollars: 300)), start: at(days: 1),
            end: Instant(seconds: at(days: 2).seconds + day / 2))
        try world.advance(by: 2 * day)
        #expect(world.campaign(named: "short")?.spend == Money(dollars: 200))
        try world.advance(by: day)
        #expect(world.campaign(named: "short")?.spend == Money(dollars: 300))
    }

    @Test("a pause and a stop mid-day charge the hours the ad ran, and the paused hours nothing")
    func pauseAndStopChargeTheHoursRun() throws {
        let world = try makeWorld()
        try world.redeem(try world.authorizeVideo(42).code.text, as: "acme")
        try campaign(world, "winter", start: at(days: 1), end: at(days: 10))
        try world.advance(to: Instant(seconds: at(days: 1).seconds + 6 * 3_600))
        try world.pause("winter")
        #expect(world.campaign(named: "winter")?.spend == Money(dollars: 12))
        try world.advance(by: day)
        try world.resume("winter")
        try world.advance(to: at(days: 3))
        // 6 hours, then 18 hours after the resume: one day's budget over two calendar days.
        #expect(world.campaign(named: "winter")?.spend == Money(dollars: 48))
        try world.advance(by: day / 2)
        try world.stop("winter")
        #expect(world.campaign(named: "winter")?.spend == Money(dollars: 72))
    }

    @Test("odd cents round up to the cent, and a total budget still ends exact")
    func oddCents() throws {
        let world = try makeWorld()
        try world.redeem(try world.authorizeVideo(42).code.text, as: "acme")
        try campaign(world, "odd", budget: .total(Money(cents: 1_001)), start: at(days: 1), end: at(days: 4))
        try world.advance(by: 2 * day)
        #expect(world.campaign(named: "odd")?.spend == Money(cents: 334))
        try world.advance(by: 3 * day)
        #expect(world.campaign(named: "odd")?.spend == Money(cents: 1_001))
    }
}
