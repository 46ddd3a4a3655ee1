import SparkModel
import Testing

@Suite("Rules: the brand side")
struct BrandRuleTests {
    @Test("rule 6: a code binds to the first brand that redeems it")
    func bindsToFirstBrand() throws {
        let world = try makeWorld()
        let code = try world.authorizeVideo(42).code.text
        #expect(world.code(code)?.status == .notUsed)
        #expect(world.code(code)?.isUnused == true)
        let entry = try world.redeem(code, as: "acme")
        #expect(entry.brand == "acme" && entry.adAuthStatus == .authorized)
        #expect(world.code(code)?.status == .inUse)
        #expect(world.code(code)?.isRedeemed == true)
        let before = world.snapshot()
        #expect(try world.redeem(code, as: "acme") == entry)
        #expect(world.snapshot() == before)
        let error = failure { try world.redeem(code, as: "beta") }
        #expect(error == .codeUsedByAnotherBrand(code))
        #expect(error?.message.contains("already used by another advertiser") == true)
        #expect(world.snapshot() == before)
        #expect(try world.library(of: "beta").isEmpty)
    }

    @Test("rule 7: a code works only while live, its video is there and both toggles are on")
    func validity() throws {
        let world = try makeWorld()
        let expiring = try world.authorizeVideo(42, days: 7).code.text
        let deleted = try world.authorizeVideo(42).code.text
        let toggled = try world.authorizeVideo(7).code.text
        try world.deleteCode(deleted)
        #expect(failure { try world.redeem(deleted, as: "acme") } == .codeNotFound(deleted))
        #expect(failure { try world.redeem(deleted, as: "acme") }?.identifier == "auth_code_not_found")
        try world.disableAdAuthorization(for: bob)
        #expect(failure { try world.redeem(toggled, as: "acme") } == .adAuthorizationOff(bob))
        #expect(world.code(toggled)?.isActive == false)
        try world.enableAdAuthorization(for: bob)
        #expect(world.code(toggled)?.isActive == true)
        try world.advance(by: 7 * day)
        let expired = failure { try world.redeem(expiring, as: "acme") }
        #expect(expired == .codeExpired(expiring, at: at(days: 7)))
        #expect(expired?.number == 4025 && expired?.identifier == "auth_code_expired")
        #expect(world.code(expiring)?.isExpired == true && world.code(expiring)?.status == .expired)
        #expect(world.code(deleted)?.isDeleted == true && world.code(deleted)?.status == .deleted)
        try world.deleteVideo(42)
        #expect(failure { try world.authorizeVideo(42) } == .videoDeleted(42))
    }

    @Test(
        "rule 8: a malformed or truncated code is rejected (4013)",
        arguments: [
            "#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA",
            "s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=",
            "#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA= ",
            "#s63DdePaj9HjSv2BPcSrDfTxU2X506 2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=",
            "#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF-qA=",
            "#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwch=9PIspTLgroZKtjN7PPiFnF+qA=",
            "#s63Dde…qA=", "", "#",
        ])
    func malformed(text: String) throws {
        let world = try makeWorld()
        try world.authorizeVideo(42)
        let error = failure { try world.redeem(text, as: "acme") }
        #expect(error == .codeFormat(text))
        #expect(error?.number == 4013 && error?.identifier == "auth_code_format_error")
        #expect(error?.help == "copy the entire code, including special characters")
    }

    @Test("rule 7: a well-formed code nobody generated is TikTok's 4013, the post code is incorrect")
    func unknownCodeIsIncorrect() throws {
        let world = try makeWorld()
        let text = "#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA="
        let error = failure { try world.redeem(text, as: "acme") }
        #expect(error == .codeIncorrect(text))
        #expect(error?.number == 4013)
        #expect(error?.message.contains("the post code #s63Dde…qA= is incorrect") == true)
        #expect(error?.identifier != "auth_code_not_found")
        #expect(failure { try world.extendCode(text, by: 30) } == .codeIncorrect(text))
    }

    @Test("rule 7: a deleted code is auth_code_not_found, the code has been deleted")
    func deletedCodeIsNotFound() throws {
        let world = try makeWorld()
        let code = try world.authorizeVideo(42).code.text
        try world.deleteCode(code)
        let error = failure { try world.redeem(code, as: "acme") }
        #expect(error == .codeNotFound(code))
        #expect(error?.identifier == "auth_code_not_found")
        #expect(error?.number == nil)
        #expect(error?.message.contains("has been deleted") == true)
        #expect(error?.help.contains("the code has been deleted") == true)
    }

    @Test("rule 9: brands batch-authorize at most 20 codes, each with its own result")
    func batch() throws {
        let world = try makeWorld()
        var texts: [String] = []
        for id in 100..<119 {
            try world.post(.video, id: UInt64(id), by: alice, caption: "clip \(id)")
            texts.append(try world.authorizeVideo(UInt64(id)).code.text)
        }
        texts.append("#garbled")
        let results = try world.batchRedeem(texts, as: "acme")
        #expect(results.count == 20)
        #expect(results.filter { (try? $0.result.get()) != nil }.count == 19)
        guard case .failure(let error)? = results.last?.result else {
            Issue.record("the garbled code should fail")
            return
        }
        #expect(error == .codeFormat("#garbled"))
        #expect(try world.library(of: "acme").count == 19)
        let extra = try world.authorizeVideo(42).code.text
        let before = world.snapshot()
        let tooMany = failure { try world.batchRedeem(texts + [extra], as: "beta") }
        #expect(tooMany == .tooManyCodes(21))
        #expect(tooMany?.message.contains("at most 20") == true)
        #expect(world.snapshot() == before)
    }

    @Test(
        "rule 16: brands cannot edit content, caption, audio, hashtags or the profile",
        arguments: ContentAttribute.allCases)
    func noEditing(attribute: ContentAttribute) throws {
        let world = try makeWorld()
        try runningCampaign(world)
        let before = world.snapshot()
        let error = failure { try world.editContent(of: 42, attribute, as: "acme") }
        #expect(error == .brandCannotEdit(video: 42, attribute: attribute, brand: "acme"))
        #expect(world.snapshot() == before)
        #expect(world.video(42)?.caption == "Winter haul")
    }

    @Test("rule 19: multiple brands may promote the same video, each with its own code")
    func multipleBrands() throws {
        let world = try makeWorld()
        try runningCampaign(world, name: "winter", brand: "acme")
        try runningCampaign(world, name: "spring", brand: "beta")
        #expect(world.campaign(named: "winter")?.state == .running)
        #expect(world.campaign(named: "spring")?.state == .running)
        #expect(world.campaign(named: "winter")?.code != world.campaign(named: "spring")?.code)
        try world.advance(by: 3 * day)
        let total =
            (world.campaign(named: "winter")?.likes ?? 0) + (world.campaign(named: "spring")?.likes ?? 0)
        #expect(total > 0 && world.video(42)?.likes == total)
    }

    @Test("rule 20: payment is not part of a code; a deal may be recorded, never enforced")
    func deals() throws {
        let world = try makeWorld()
        try runningCampaign(world)
        #expect(world.deals.isEmpty)
        let deal = try world.recordDeal(
            creator: alice, brand: "acme", amount: Money(dollars: 500), note: "30 days")
        #expect(world.deals == [deal])
        #expect(world.campaign(named: "winter")?.state == .running)
        #expect(
            failure { try world.recordDeal(creator: alice, brand: "acme", amount: Money(cents: -1)) }
                == .invalidAmount(Money(cents: -1)))
        // A deal paid in kind records no money.
        #expect(try world.recordDeal(creator: alice, brand: "acme", amount: .zero).amount == .zero)
    }

    @Test("rule 21: TikTok does not notify the creator when a brand activates a code")
    func noNotification() throws {
        let world = try makeWorld()
        let code = try world.authorizeVideo(42).code.text
        let eventsBefore = world.events
        try world.redeem(code, as: "acme")
        #expect(world.events == eventsBefore)
        #expect(world.notifications(for: alice).isEmpty)
        try world.createCampaign("winter", by: "acme", sparkDraft())
        try world.publish("winter")
        try world.advance(by: 5 * day)
        #expect(world.notifications(for: alice).isEmpty)
        #expect((world.video(42)?.views ?? 0) > 0)
    }

    @Test("strict library policy: a brand's library holds at most 10,000 Spark Ads posts (TikTok's cap)")
    func libraryCap() throws {
        let world = try makeWorld()
        world.setLibraryPolicy(.strict)
        for id in 1_000..<(1_000 + UInt64(Brand.libraryLimit)) {
            try world.post(.video, id: id, by: alice, caption: "")
            try world.redeem(try world.authorizeVideo(id).code.text, as: "acme")
        }
        #expect(world.brand(named: "acme")?.librarySize == Brand.libraryLimit)
        let code = try world.authorizeVideo(42).code.text
        let before = world.snapshot()
        #expect(failure { try world.redeem(code, as: "acme") } == .libraryFull(brand: "acme"))
        #expect(world.snapshot() == before)
        #expect(try world.redeem(code, as: "beta").brand == "beta")
        #expect(world.brandExists("acme") && !world.brandExists("gamma"))
        world.setLibraryPolicy(.guide)
        let another = try world.authorizeVideo(42).code.text
        #expect(try world.redeem(another, as: "acme").brand == "acme")
    }

    @Test("a library counts posts: two codes for one video redeemed by one brand make one post")
    func libraryCountsPosts() throws {
        let world = try makeWorld()
        let first = try world.authorizeVideo(42).code.text
        let second = try world.authorizeVideo(42).code.text
        try world.redeem(first, as: "acme")
        try world.redeem(second, as: "acme")
        #expect(world.brand(named: "acme")?.librarySize == 1)
        #expect(try world.library(of: "acme").map(\.videoID) == [42])
        #expect(try world.codes(in: "acme").map(\.text) == [first, second])
    }

    @Test("strict library policy: many codes for one video do not use up the cap for a second post")
    func capCountsPostsNotCodes() throws {
        let world = try makeWorld()
        world.setLibraryPolicy(.strict)
        for id in 1_000..<(UInt64(Brand.libraryLimit) + 999) {
            try world.post(.video, id: id, by: alice, caption: "")
            try world.redeem(try world.authorizeVideo(id).code.text, as: "acme")
        }
        for _ in 0..<5 {
            try world.redeem(try world.authorizeVideo(42).code.text, as: "acme")
        }
        #expect(world.brand(named: "acme")?.librarySize == Brand.libraryLimit)
        // The cap is reached by posts, yet another code for a post already in it still redeems.
        #expect(try world.redeem(try world.authorizeVideo(42).code.text, as: "acme").videoID == 42)
        #expect(
            failure { try world.redeem(try world.authorizeVideo(7, as: bob).code.text, as: "acme") }
                == .libraryFull(brand: "acme"))
    }

    @Test("rule 9: the same code twice in one batch counts once")
    func batchCountsARepeatedCodeOnce() throws {
        let world = try makeWorld()
        let code = try world.authorizeVideo(42).code.text
        let results = try world.batchRedeem([code, code, code], as: "acme")
        #expect(results.count == 1)
        #expect(results.first?.code == code)
        #expect((try? results.first?.result.get())?.videoID == 42)
        let other = try world.authorizeVideo(7, as: bob).code.text
        let mixed = try world.batchRedeem([code, other, code], as: "beta")
        #expect(mixed.map(\.code) == [code, other])
        #expect(mixed.map { (try? $0.result.get()) != nil } == [false, true])
    }
}
