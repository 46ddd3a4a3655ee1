import Testing

@testable import SparkModel

/// The domain counts, per rule of the guide, the statements that exercised it.
@Suite struct RuleCoverageTests {
    func world() throws -> World {
        let world = World(generator: SeededCodeGenerator(seed: 1))
        try world.createAccount(Handle("alice"))
        try world.enableAdAuthorization(for: Handle("alice"))
        try world.post(.video, id: 42, by: Handle("alice"), caption: "")
        return world
    }

    @Test func aRuleCountsOncePerStatementPassingOrRefusing() throws {
        let world = try world()
        world.beginStatement()
        let code = try world.authorizeVideo(42, days: 7).code.text
        world.beginStatement()
        #expect(throws: DomainError.self) { try world.authorizeVideo(42, days: 7, as: Handle("bob")) }
        #expect(world.ruleCoverage.count(of: .ownerOnly) == 2)
        #expect(world.ruleCoverage.count(of: .durations) == 1)
        #expect(world.ruleCoverage.count(of: .expiredCodeStopsAds) == 0)
        world.beginStatement()
        _ = try? world.batchRedeem([code, code], as: "nobody")
        #expect(world.ruleCoverage.count(of: .batchLimit) == 1)
    }

    @Test func aCodeThatNeverExpiresLeavesRule12Unexercised() throws {
        let world = try world()
        world.beginStatement()
        try world.authorizeVideo(42, days: 7)
        world.beginStatement()
        try world.advance(by: 6 * Instant.secondsPerDay)
        #expect(world.ruleCoverage.unexercised.contains(.expiredCodeStopsAds))
        world.beginStatement()
        try world.advance(by: 2 * Instant.secondsPerDay)
        #expect(world.ruleCoverage.count(of: .expiredCodeStopsAds) == 1)
        #expect(GuideRule.expiredCodeStopsAds.number == 12)
        #expect(GuideRule.allCases.map(\.number) == Array(1...22))
    }

    @Test func theTimelineIsKeptOnlyWhenAskedAndRollsBackWithAFailedOperation() throws {
        let quiet = try world()
        try quiet.authorizeVideo(42)
        #expect(quiet.timeline.isEmpty)
        let world = try world()
        world.recordTimeline()
        let code = try world.authorizeVideo(42, days: 7).code.text
        try world.createBrand("acme", displayName: "")
        try world.redeem(code, as: "acme")
        world.beginTransaction()
        try world.extendCode(code, by: 30)
        try world.rollbackTransaction()
        try world.advance(by: 8 * Instant.secondsPerDay)
        let kinds = world.timeline.map(\.kind)
        #expect(kinds.count == 3)
        guard case .codeGenerated(_, 42, _, _) = kinds[0], case .codeRedeemed(_, "acme") = kinds[1],
            case .event(.codeExpired) = kinds[2]
        else {
            Issue.record("unexpected timeline \(kinds)")
            return
        }
    }
}
