import SparkModel
import Testing

/// Ads Manager operations for statements to come: unbinding a post, advertiser ids.
@Suite("Brands: unbind and advertiser ids")
struct LibraryTests {
    @Test("unbind: the post leaves the library and the brand's campaigns on it stop")
    func unbindStopsTheBrandsCampaigns() throws {
        let world = try makeWorld()
        let code = try runningCampaign(world)
        try world.redeem(try world.authorizeVideo(42).code.text, as: "beta")
        try world.createCampaign("beta winter", by: "beta", sparkDraft(now: world.now))
        try world.publish("beta winter")
        let events = try world.unbind(video: 42, from: "acme")
        #expect(
            events.map(\.kind) == [.campaignStopped(name: "winter", reason: .removedFromLibrary(video: 42))])
        #expect(world.campaign(named: "beta winter")?.state == .scheduled)
        #expect(world.brand(named: "acme")?.librarySize == 0)
        #expect(try world.library(of: "acme").isEmpty)
        // The code stays bound to acme: another brand cannot take it.
        #expect(world.code(code)?.brand == "acme")
        #expect(failure { try world.redeem(code, as: "beta") } == .codeUsedByAnotherBrand(code))
        try world.createCampaign("again", by: "acme", sparkDraft(now: world.now))
        #expect(
            failure { try world.publish("again") }
                == .campaignIncomplete("again", missing: [.videoInLibrary(42)]))
        // Redeeming it again while it is live puts the post back.
        #expect(try world.redeem(code, as: "acme").videoID == 42)
        #expect(world.brand(named: "acme")?.librarySize == 1)
        try world.publish("again")
    }

    @Test("unbind refuses a post not in the library and changes nothing")
    func unbindNeedsThePostInTheLibrary() throws {
        let world = try makeWorld()
        let before = world.snapshot()
        #expect(
            failure { try world.unbind(video: 42, from: "acme") }
                == .videoNotInLibrary(video: 42, brand: "acme"))
        #expect(failure { try world.unbind(video: 99, from: "acme") } == .videoNotFound(99))
        #expect(failure { try world.unbind(video: 42, from: "nobody") } == .brandNotFound("nobody"))
        #expect(world.snapshot() == before)
    }

    @Test("advertiser ids: 19 digits, deterministic, settable, unique, and looked up")
    func advertiserIDs() throws {
        let world = try makeWorld()
        #expect(world.brand(named: "acme")?.advertiserID == 7_000_000_000_000_000_001)
        #expect(world.brand(named: "beta")?.advertiserID == 7_000_000_000_000_000_002)
        try world.createBrand("gamma", displayName: "", advertiserID: 7_000_000_000_000_000_004)
        try world.createBrand("delta", displayName: "")
        #expect(world.brand(named: "delta")?.advertiserID == 7_000_000_000_000_000_005)
        #expect(world.brand(advertiserID: 7_000_000_000_000_000_004)?.name == "gamma")
        #expect(world.brand(advertiserID: 7_000_000_000_000_000_003) == nil)
        #expect(
            failure { try world.createBrand("eps", displayName: "", advertiserID: 7_000_000_000_000_000_001) }
                == .advertiserIDExists(7_000_000_000_000_000_001, brand: "acme"))
        #expect(
            failure { try world.createBrand("eps", displayName: "", advertiserID: 42) }
                == .invalidAdvertiserID(42))
        #expect(world.brand(named: "eps") == nil)
        // Another world built the same way gives the same ids.
        #expect(try makeWorld().brand(named: "beta")?.advertiserID == 7_000_000_000_000_000_002)
    }
}
