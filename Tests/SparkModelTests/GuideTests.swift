import SparkModel
import Testing

/// The guide's "Common Questions", answered by the model.
@Suite("The guide's Common Questions")
struct GuideTests {
    @Test("FAQ: the creator is not paid automatically; payment is arranged separately")
    func notPaidAutomatically() throws {
        let world = try makeWorld()
        try runningCampaign(world)
        try world.advance(by: 5 * day)
        #expect(world.deals.isEmpty)
        #expect(world.campaign(named: "winter")?.spend == Money(dollars: 250))
        #expect(world.account(alice)?.followers ?? 0 > 0)
    }

    @Test("FAQ: codes can be generated for any video you own once Ad authorization is enabled")
    func anyOwnedVideo() throws {
        let world = try makeWorld()
        for id: UInt64 in 200..<205 {
            try world.post(.video, id: id, by: alice, caption: "clip")
            #expect(try world.authorizeVideo(id).code.videoID == id)
        }
        #expect(
            failure { try world.authorizeVideo(7, as: alice) }
                == .notYourVideo(video: 7, owner: bob, actor: alice))
    }

    @Test("FAQ: likes, comments, shares and follows from the Spark Ad go to the original post")
    func engagementToOriginalPost() throws {
        let world = try makeWorld()
        try runningCampaign(world)
        try world.advance(by: 3 * day)
        let campaign = try #require(world.campaign(named: "winter"))
        #expect(world.video(42)?.likes == campaign.likes && world.video(42)?.follows == campaign.follows)
        #expect(campaign.likes > 0)
    }

    @Test("FAQ: multiple brands can use the same video with separate valid codes")
    func multipleBrands() throws {
        let world = try makeWorld()
        let first = try world.authorizeVideo(42).code.text
        let second = try world.authorizeVideo(42).code.text
        try world.redeem(first, as: "acme")
        try world.redeem(second, as: "beta")
        #expect(try world.codes(in: "acme").map(\.text) == [first])
        #expect(try world.codes(in: "beta").map(\.text) == [second])
        #expect(failure { try world.redeem(first, as: "beta") } == .codeUsedByAnotherBrand(first))
    }

    @Test("FAQ: no notification when a brand activates the code; views rise instead")
    func noNotificationButViews() throws {
        let world = try makeWorld()
        try runningCampaign(world)
        #expect(world.notifications(for: alice).isEmpty)
        let before = world.video(42)?.views ?? 0
        try world.advance(by: day)
        #expect((world.video(42)?.views ?? 0) > before)
    }

    @Test("FAQ: Spark Codes do not work on Stories")
    func noStories() throws {
        let world = try makeWorld()
        #expect(failure { try world.authorizeVideo(43) }?.number == 4027)
    }

    @Test(
        "FAQ: no business account needed: personal and creator accounts generate codes",
        arguments: AccountType.allCases)
    func anyAccountType(type: AccountType) throws {
        let world = try makeWorld()
        try world.createAccount(Handle("dana"), type: type)
        try world.enableAdAuthorization(for: Handle("dana"))
        try world.post(.video, id: 77, by: Handle("dana"), caption: "hello")
        #expect(try world.authorizeVideo(77).code.creator == Handle("dana"))
    }

    @Test("FAQ: a video used as a Spark Ad cannot be deleted until its code is deleted and its ad is over")
    func deleteVideoAfterCodeAndAd() throws {
        let world = try makeWorld()
        let code = try runningCampaign(world)
        #expect(failure { try world.deleteVideo(42) } == .videoHasLiveCode(video: 42, code: code))
        try world.deleteCode(code)
        let before = world.snapshot()
        let error = failure { try world.deleteVideo(42) }
        #expect(error == .videoInUseByAd(video: 42, campaign: "winter"))
        #expect(error?.help.contains("stop it") == true)
        #expect(world.snapshot() == before)
        try world.stop("winter")
        try world.deleteVideo(42)
        #expect(world.video(42)?.isDeleted == true)
    }

    @Test("rule 13: an ad that goes on after its code was deleted still holds its video, paused or not")
    func adAfterDeletedCodeHoldsTheVideo() throws {
        let world = try makeWorld()
        let code = try runningCampaign(world, campaignDays: 10)
        try world.deleteCode(code)
        try world.pause("winter")
        #expect(failure { try world.deleteVideo(42) } == .videoInUseByAd(video: 42, campaign: "winter"))
        #expect(
            failure { try world.setVisibility(42, to: .private) }
                == .videoInUseByAd(video: 42, campaign: "winter"))
        #expect(world.video(42)?.visibility == .public)
        try world.advance(by: 10 * day)
        #expect(world.campaign(named: "winter")?.state == .completed)
        try world.setVisibility(42, to: .private)
        try world.deleteVideo(42)
    }

    @Test("sources disagree: deleting a code under TikTok's strict policy is refused while ads use it")
    func strictDeletion() throws {
        let world = try makeWorld(policy: .strict)
        let code = try runningCampaign(world)
        let before = world.snapshot()
        let error = failure { try world.deleteCode(code) }
        #expect(error == .codeInUseByAds(code, campaigns: ["winter"]))
        #expect(world.snapshot() == before)
        try world.stop("winter")
        try world.deleteCode(code)
        #expect(world.code(code)?.status == .deleted)
    }

    @Test("sources disagree: the guide's default lets running ads continue after deletion")
    func guideDeletion() throws {
        let world = try makeWorld()
        #expect(world.deletionPolicy == .guide)
        let code = try runningCampaign(world, codeDays: 30, campaignDays: 10)
        try world.deleteCode(code)
        try world.advance(by: 10 * day)
        #expect(world.campaign(named: "winter")?.state == .completed)
        #expect(world.campaign(named: "winter")?.spend == Money(dollars: 500))
    }

    @Test("sources disagree: extending before expiry keeps the ad alive; after expiry it stops (4025)")
    func extendBeforeExpiry() throws {
        let world = try makeWorld()
        let code = try runningCampaign(world, codeDays: 7, campaignDays: 20)
        try world.advance(by: 6 * day)
        try world.extendCode(code, by: 30)
        try world.advance(by: 14 * day)
        #expect(world.campaign(named: "winter")?.state == .completed)
        try world.deleteCode(code)
        let other = try runningCampaign(world, name: "later", codeDays: 7, campaignDays: 20)
        try world.advance(by: 7 * day)
        #expect(world.campaign(named: "later")?.state == .stopped(.codeExpired(code: other)))
        #expect(failure { try world.redeem(other, as: "acme") }?.number == 4025)
    }
}
