import SparkModel
import Testing

@Suite("Rules: campaigns and delivery")
struct CampaignRuleTests {
    @Test("rule 11: deleting a code stops new ads; running ads continue until the original expiry")
    func deleteUnderGuide() throws {
        let world = try makeWorld()
        let code = try runningCampaign(world, codeDays: 7, campaignDays: 30)
        try world.advance(by: 2 * day)
        #expect(try world.deleteCode(code).isEmpty)
        #expect(world.campaign(named: "winter")?.state == .running)
        try world.createCampaign("again", by: "acme", sparkDraft(now: world.now))
        #expect(
            failure { try world.publish("again") }
                == .campaignIncomplete("again", missing: [.liveCode(42, why: .codeNotFound(code))]))
        #expect(failure { try world.redeem(code, as: "acme") } == .codeNotFound(code))
        let events = try world.advance(by: 10 * day)
        #expect(world.campaign(named: "winter")?.state == .stopped(.codeDeleted(code: code)))
        #expect(events.map(\.at) == [at(days: 7)])
        #expect(events.first?.description.hasPrefix("campaign winter stopped: code #") == true)
    }

    @Test("rule 11: a deleted code stops scheduled (not yet started) campaigns at once")
    func deleteStopsScheduled() throws {
        let world = try makeWorld()
        let code = try runningCampaign(world, startingIn: 3)
        #expect(world.campaign(named: "winter")?.state == .scheduled)
        let events = try world.deleteCode(code)
        #expect(events.map(\.kind) == [.campaignStopped(name: "winter", reason: .codeDeleted(code: code))])
    }

    @Test("rule 12: when a code expires, ads that use it stop, exactly at its end time")
    func expiryStops() throws {
        let world = try makeWorld()
        let code = try runningCampaign(world, codeDays: 7, campaignDays: 30)
        try world.advance(to: Instant(seconds: at(days: 7).seconds - 1))
        #expect(world.campaign(named: "winter")?.state == .running)
        #expect(world.code(code)?.isActive == true)
        let events = try world.advance(by: 1)
        #expect(
            events.map(\.description) == [
                "code \(masked(code)) expired", "campaign winter stopped: code \(masked(code)) expired",
            ])
        #expect(world.campaign(named: "winter")?.state == .stopped(.codeExpired(code: code)))
        #expect(world.campaign(named: "winter")?.spend == Money(dollars: 7 * 50))
        #expect(world.notifications(for: alice).map(\.kind) == [.codeExpired(code: code)])
    }

    @Test("rule 12: inside one long advance, events come in time order")
    func timeOrder() throws {
        let world = try makeWorld()
        let short = try runningCampaign(world, name: "short", codeDays: 7, campaignDays: 30)
        let code = try world.authorizeVideo(7, days: 30).code.text
        try world.redeem(code, as: "beta")
        try world.createCampaign("bobs", by: "beta", sparkDraft(video: 7, startingIn: 2, days: 10))
        try world.publish("bobs")
        let events = try world.advance(by: 60 * day)
        #expect(events.map(\.at) == events.map(\.at).sorted())
        #expect(
            events.map(\.description) == [
                "campaign bobs started", "code \(masked(short)) expired",
                "campaign short stopped: code \(masked(short)) expired", "campaign bobs completed",
                "code \(masked(code)) expired",
            ])
    }

    @Test("rule 17: a campaign needs every requirement and publish says which are missing")
    func requirements() throws {
        let world = try makeWorld()
        try world.createCampaign("empty", by: "acme")
        #expect(world.campaign(named: "empty")?.state == .draft)
        let error = failure { try world.publish("empty") }
        #expect(
            error == .campaignIncomplete("empty", missing: [.video, .budget, .schedule, .url, .callToAction]))
        #expect(
            error?.message
                == "campaign empty needs a video, a budget above $0, a schedule, a valid http(s) url, a call-to-action"
        )
        var draft = sparkDraft()
        #expect(
            failure {
                try world.createCampaign("x", by: "acme", draft)
                try world.publish("x")
            }
                == .campaignIncomplete("x", missing: [.videoInLibrary(42)]))
        try world.redeem(try world.authorizeVideo(42).code.text, as: "acme")
        draft.url = "ftp://acme.example"
        draft.schedule = Schedule(start: at(days: -1), end: at(days: 3))
        draft.budget = .total(.zero)
        draft.callToAction = " "
        try world.updateDraft("x", draft)
        #expect(
            failure { try world.publish("x") }
                == .campaignIncomplete("x", missing: [.budget, .scheduleNotInPast, .url, .callToAction]))
        draft.format = .inFeed
        try world.updateDraft("x", draft)
        #expect(failure { try world.publish("x") }?.message.contains("the Spark Ads format") == true)
        try world.updateDraft("x", sparkDraft())
        #expect(try world.publish("x").map(\.kind) == [.campaignScheduled(name: "x", start: at(days: 1))])
        #expect(
            failure { try world.publish("x") }
                == .campaignStateConflict("x", state: .scheduled, action: "publish"))
    }

    @Test("rule 17: the video's code must still work at publish")
    func liveCodeAtPublish() throws {
        let world = try makeWorld()
        let code = try world.authorizeVideo(42, days: 7).code.text
        try world.redeem(code, as: "acme")
        try world.advance(by: 8 * day)
        try world.createCampaign("late", by: "acme", sparkDraft(now: world.now))
        let why = DomainError.codeExpired(code, at: at(days: 7))
        #expect(
            failure { try world.publish("late") } == .campaignIncomplete("late", missing: [.liveCode(42, why: why)]))
    }

    @Test("rule 7: publishing while the creator's account toggle is off says why and what the creator must do")
    func publishExplainsTheAccountToggle() throws {
        let world = try makeWorld()
        try world.redeem(try world.authorizeVideo(42).code.text, as: "acme")
        try world.disableAdAuthorization(for: alice)
        try world.createCampaign("winter", by: "acme", sparkDraft())
        let error = failure { try world.publish("winter") }
        #expect(error == .campaignIncomplete("winter", missing: [.liveCode(42, why: .adAuthorizationOff(alice))]))
        let message = error?.message ?? ""
        #expect(message.contains("ad authorization is turned off for @alice"))
        #expect(message.contains("Creator tools > Ad settings"))
    }

    @Test("rule 14: the account toggle cannot be turned off while one of its videos runs in a Spark Ad")
    func accountToggleLockedWhileAdRuns() throws {
        let world = try makeWorld()
        let code = try runningCampaign(world)
        try world.deleteCode(code)
        let before = world.snapshot()
        let error = failure { try world.disableAdAuthorization(for: alice) }
        #expect(error == .accountInUseByAd(alice, video: 42, campaign: "winter"))
        #expect(error?.help.contains("ask the brand to stop it") == true)
        #expect(world.snapshot() == before)
        // Bob's video runs in no ad: his toggle goes off.
        try world.disableAdAuthorization(for: bob)
        try world.stop("winter")
        try world.disableAdAuthorization(for: alice)
        #expect(world.account(alice)?.adsEnabled == false)
    }

    @Test("rule 7: a new code for a video whose toggle is off turns it back on and revives older codes")
    func newCodeTurnsTheToggleBackOn() throws {
        let world = try makeWorld()
        let first = try world.authorizeVideo(42)
        #expect(!first.toggleTurnedBackOn)
        try world.setVideoAuthorization(42, on: false)
        #expect(world.code(first.code.text)?.isActive == false)
        let second = try world.authorizeVideo(42)
        #expect(second.toggleTurnedBackOn)
        #expect(second.reactivatedCodes.map(\.text) == [first.code.text])
        #expect(world.code(first.code.text)?.isActive == true)
    }

    @Test("rule 17: a schedule that starts at or after the code's expiry is refused, saying when it expires")
    func scheduleStartingAfterExpiry() throws {
        let world = try makeWorld()
        try world.redeem(try world.authorizeVideo(42, days: 7).code.text, as: "acme")
        try world.createCampaign("late", by: "acme", sparkDraft(startingIn: 7, days: 10))
        let error = failure { try world.publish("late") }
        #expect(error == .campaignIncomplete("late", missing: [.codeValidAtStart(video: 42, expiry: at(days: 7))]))
        #expect(error?.message.contains("expires at 2026-01-08 00:00 UTC") == true)
        try world.createCampaign("early", by: "acme", sparkDraft(startingIn: 6, days: 10))
        try world.publish("early")
    }

    @Test("rule 18: all engagement from the ad is credited to the original post and its creator")
    func engagementCredited() throws {
        let world = try makeWorld()
        try runningCampaign(world)
        try world.advance(by: 10 * day)
        let campaign = try #require(world.campaign(named: "winter"))
        let post = try #require(world.video(42))
        #expect(campaign.views > 0 && campaign.follows > 0)
        #expect(post.views == campaign.views && post.likes == campaign.likes)
        #expect(post.comments == campaign.comments && post.shares == campaign.shares)
        #expect(post.follows == campaign.follows)
        #expect(world.account(alice)?.followers == campaign.follows)
        #expect(
            campaign.engagements == campaign.likes + campaign.comments + campaign.shares + campaign.follows)
    }

    @Test("rule 22: a Spark Ad has 30% higher completion, 142% higher engagement, 4.2% lower CPM")
    func deliveryModel() throws {
        let world = try makeWorld()
        let budget = Budget.daily(Money(dollars: 479))
        let code = try world.authorizeVideo(42).code.text
        try world.redeem(code, as: "acme")
        try world.createCampaign("spark", by: "acme", sparkDraft(budget: budget, startingIn: 0, days: 10))
        var inFeed = sparkDraft(budget: budget, startingIn: 0, days: 10)
        inFeed.format = .inFeed
        inFeed.videoID = nil
        try world.createCampaign("regular", by: "acme", inFeed)
        try world.publish("spark")
        try world.publish("regular")
        try world.advance(by: 10 * day)
        let spark = try #require(world.campaign(named: "spark"))
        let regular = try #require(world.campaign(named: "regular"))
        #expect(spark.state == .completed && regular.state == .completed)
        #expect(spark.spend == regular.spend && spark.spend == Money(dollars: 4_790))
        // Rates compared as exact fractions: a/b ÷ c/d == p/q  ⇔  a·d·q == p·b·c.
        #expect(spark.completions * regular.views * 100 == 130 * spark.views * regular.completions)
        #expect(
            spark.engagements * regular.impressions * 100 == 242 * spark.impressions * regular.engagements)
        // CPM = spend × 1000 / impressions.
        let cpmRatio = spark.spend.cents * regular.impressions * 1000
        #expect(cpmRatio == 958 * regular.spend.cents * spark.impressions)
        #expect(spark.impressions == 1_000_000 && regular.impressions == 958_000)
        #expect(world.video(42)?.views == spark.views)
    }

    @Test("budgets are never exceeded and a total budget is spread evenly, exact to the cent")
    func budgets() throws {
        let world = try makeWorld()
        let code = try world.authorizeVideo(42, days: 60).code.text
        try world.redeem(code, as: "acme")
        try world.createCampaign(
            "total", by: "acme", sparkDraft(budget: .total(Money(cents: 100_001)), days: 3))
        try world.publish("total")
        try world.advance(by: 2 * day)
        #expect(world.campaign(named: "total")?.spend == Money(cents: 33_334))
        try world.advance(by: 10 * day)
        #expect(world.campaign(named: "total")?.spend == Money(cents: 100_001))
        #expect(world.campaign(named: "total")?.state == .completed)
    }

    @Test("pause, resume and stop; a paused campaign spends nothing")
    func lifecycle() throws {
        let world = try makeWorld()
        try runningCampaign(world)
        try world.advance(by: day)
        try world.pause("winter")
        try world.advance(by: 3 * day)
        #expect(world.campaign(named: "winter")?.spend == Money(dollars: 50))
        try world.resume("winter")
        try world.advance(by: day)
        #expect(world.campaign(named: "winter")?.spend == Money(dollars: 100))
        #expect(
            try world.stop("winter").map(\.description) == [
                "campaign winter stopped: stopped by the advertiser"
            ])
        #expect(failure { try world.resume("winter") }?.identifier == "campaign_state_conflict")
    }
}

/// The masked form, as events print it.
private func masked(_ text: String) -> String {
    "#" + text.dropFirst().prefix(6) + "…" + text.suffix(3)
}
