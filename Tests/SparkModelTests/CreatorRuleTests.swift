import SparkModel
import Testing

@Suite("Rules: the creator side")
struct CreatorRuleTests {
    @Test("rule 1: a code can only be generated once the account-level Ad authorization is on")
    func accountToggleRequired() throws {
        let world = try makeWorld()
        try world.createAccount(Handle("carol"))
        try world.post(.video, id: 9, by: Handle("carol"), caption: "hi")
        let error = failure { try world.authorizeVideo(9) }
        #expect(error == .adAuthorizationOff(Handle("carol")))
        #expect(error?.help.contains("Creator tools > Ad settings > Ad authorization") == true)
        try world.enableAdAuthorization(for: Handle("carol"))
        #expect(try world.authorizeVideo(9).code.videoID == 9)
    }

    @Test("rule 2: only the post's owner can authorize it")
    func onlyOwner() throws {
        let world = try makeWorld()
        let error = failure { try world.authorizeVideo(42, days: 7, as: bob) }
        #expect(error == .notYourVideo(video: 42, owner: alice, actor: bob))
        #expect(error?.message == "video 42 belongs to @alice, not @bob")
        #expect(world.allCodes().isEmpty)
        #expect(try world.authorizeVideo(42, days: 7, as: alice).code.creator == alice)
    }

    @Test("rule 3: stories cannot get codes (4027 story_video_not_supported)")
    func noStories() throws {
        let world = try makeWorld()
        let error = failure { try world.authorizeVideo(43) }
        #expect(error == .storyNotSupported(43))
        #expect(error?.number == 4027)
        #expect(error?.identifier == "story_video_not_supported")
        #expect(error?.message.contains("Stories") == true)
        #expect(failure { try world.setVideoAuthorization(43, on: true) } == .storyNotSupported(43))
    }

    @Test("rule 4: durations are 7, 30, 60 or 365 days; default 30", arguments: [7, 30, 60, 365])
    func durations(days: Int) throws {
        let world = try makeWorld()
        let code = try world.authorizeVideo(42, days: days).code
        #expect(code.days == days)
        #expect(code.expiry == at(days: Int64(days)))
        let standard = try world.authorizeVideo(42).code
        #expect(standard.days == 30)
        #expect(standard.expiry == at(days: 30))
    }

    @Test(
        "rule 4: any other duration is refused, naming the four choices", arguments: [0, 1, 14, 45, 90, 366])
    func otherDurations(days: Int) throws {
        let world = try makeWorld()
        let error = failure { try world.authorizeVideo(42, days: days) }
        #expect(error == .invalidDuration(seconds: Int64(days) * day))
        #expect(error?.message.contains("choose 7, 30, 60 or 365 days") == true)
        #expect(
            failure { try AuthorizationDuration(seconds: 12 * 3600) } == .invalidDuration(seconds: 43_200))
        #expect(world.allCodes().isEmpty)
    }

    @Test("rule 5: codes are video-specific and a video may have several codes")
    func videoSpecific() throws {
        let world = try makeWorld()
        let first = try world.authorizeVideo(42).code
        let second = try world.authorizeVideo(42).code
        let bobs = try world.authorizeVideo(7).code
        #expect(first.text != second.text)
        #expect([first.videoID, second.videoID, bobs.videoID] == [42, 42, 7])
        #expect(try world.codes(forVideo: 42).map(\.text) == [first.text, second.text])
        #expect(try world.redeem(first.text, as: "acme").videoID == 42)
        #expect(try world.redeem(second.text, as: "beta").videoID == 42)
    }

    @Test("rule 10: extending adds the duration; expired or deleted codes cannot be extended")
    func extend() throws {
        let world = try makeWorld()
        let code = try world.authorizeVideo(42).code.text
        let extended = try world.extendCode(code, by: 30)
        #expect(extended.days == 60)
        #expect(extended.expiry == at(days: 60))
        #expect(failure { try world.extendCode(code, by: 45) } == .invalidDuration(seconds: 45 * day))
        try world.advance(by: 60 * day)
        let expired = failure { try world.extendCode(code, by: 7) }
        #expect(expired == .codeNotExtendable(code, status: .expired))
        #expect(expired?.help.contains("generate a new code") == true)
        let other = try world.authorizeVideo(42).code.text
        try world.deleteCode(other)
        #expect(failure { try world.extendCode(other, by: 7) } == .codeNotExtendable(other, status: .deleted))
        #expect(failure { try world.extendCode(other, by: 7, as: bob) } == .notYourCode(other, actor: bob))
    }

    @Test("rule 13: a video cannot be deleted while it has a live code: delete the code first")
    func deleteVideo() throws {
        let world = try makeWorld()
        let code = try world.authorizeVideo(42).code.text
        let error = failure { try world.deleteVideo(42) }
        #expect(error == .videoHasLiveCode(video: 42, code: code))
        #expect(error?.help.contains("delete its code") == true)
        #expect(world.video(42)?.isDeleted == false)
        try world.deleteCode(code)
        try world.deleteVideo(42)
        #expect(world.video(42)?.isDeleted == true)
        #expect(failure { try world.authorizeVideo(42) } == .videoDeleted(42))
        #expect(failure { try world.authorizeVideo(42) }?.number == 4002)
    }

    @Test("rule 13: an expired code no longer blocks deleting the video")
    func expiredCodeDoesNotBlock() throws {
        let world = try makeWorld()
        try world.authorizeVideo(42, days: 7)
        try world.advance(by: 7 * day)
        try world.deleteVideo(42)
        #expect(world.video(42)?.isDeleted == true)
    }

    @Test("rule 14: the per-video toggle stays on while the post runs in a Spark Ad")
    func toggleLockedWhileRunning() throws {
        let world = try makeWorld()
        try runningCampaign(world)
        let error = failure { try world.setVideoAuthorization(42, on: false) }
        #expect(error == .videoInUseByAd(video: 42, campaign: "winter"))
        #expect(world.video(42)?.isAuthorized == true)
    }

    @Test("rule 14: otherwise turning the toggle off invalidates the video's codes")
    func toggleOffInvalidates() throws {
        let world = try makeWorld()
        let code = try world.authorizeVideo(42).code.text
        #expect(world.code(code)?.isActive == true)
        try world.setVideoAuthorization(42, on: false)
        #expect(world.code(code)?.isActive == false)
        #expect(world.code(code)?.whyInactive == .videoAuthorizationOff(42))
        #expect(failure { try world.redeem(code, as: "acme") } == .videoAuthorizationOff(42))
        try world.setVideoAuthorization(42, on: true)
        #expect(try world.redeem(code, as: "acme").brand == "acme")
    }

    @Test("rule 15: a private video is flagged at authorization and becomes public when published")
    func privateBecomesPublic() throws {
        let world = try makeWorld()
        try world.setVisibility(42, to: .private)
        let authorization = try world.authorizeVideo(42)
        #expect(authorization.warning == .willBecomePublic(video: 42, visibility: .private))
        #expect(authorization.warning?.description.contains("becomes public") == true)
        try world.redeem(authorization.code.text, as: "acme")
        try world.createCampaign("winter", by: "acme", sparkDraft())
        let events = try world.publish("winter")
        #expect(world.video(42)?.visibility == .public)
        #expect(events.map(\.kind).contains(.videoMadePublic(id: 42)))
        #expect(
            failure { try world.setVisibility(42, to: .friends) }
                == .videoInUseByAd(video: 42, campaign: "winter"))
    }

    @Test("rule 15: a public video carries no warning; friends-only is warned too")
    func publicNoWarning() throws {
        let world = try makeWorld()
        #expect(try world.authorizeVideo(42).warning == nil)
        try world.setVisibility(7, to: .friends, as: bob)
        #expect(try world.authorizeVideo(7).warning == .willBecomePublic(video: 7, visibility: .friends))
    }
}
