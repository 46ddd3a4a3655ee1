import SparkServer
import Testing

@Suite struct AuthorizeTests {
    @Test func redeemingACodeBindsItAndInfoShowsItAuthorized() async {
        let server = ServerFixture()
        let code = await server.newCode(days: 60)
        let answer = await server.authorize(code, as: "acme")
        #expect(answer.code == 0)
        #expect(answer.message == "OK")
        #expect(answer.data.isEmpty)
        let info = await server.info(code, as: "acme")
        #expect(info.code == 0)
        #expect(info.string("auth_info", "ad_auth_status") == "AUTHORIZED")
        #expect(info.string("auth_info", "auth_start_time") == "2026-01-01 00:00:00")
        #expect(info.string("auth_info", "auth_end_time") == "2026-03-02 00:00:00")
        #expect(info.string("item_info", "item_id") == "42")
        #expect(info.string("item_info", "auth_code") == code)
        #expect(info.string("item_info", "text") == "Winter haul")
        #expect(info.string("item_info", "item_type") == "VIDEO")
        #expect(info.string("user_info", "tiktok_name") == "alice")
        #expect(info.string("user_info", "identity_type") == "AUTH_CODE")
    }

    @Test func aSecondAdvertiserIsRefusedAndTheCodeStaysWithTheFirst() async {
        let server = ServerFixture()
        let code = await server.newCode()
        #expect(await server.authorize(code, as: "acme").code == 0)
        let second = await server.authorize(code, as: "globex")
        #expect(second.code == 4026)
        #expect(second.message == "The post code is already in use by another advertiser.")
        #expect(await server.info(code, as: "globex").code == 4026)
        #expect(await server.list("globex").listed.isEmpty)
        #expect(await server.list("acme").listed.count == 1)
    }

    @Test func theSameAdvertiserRedeemingAgainChangesNothing() async {
        let server = ServerFixture()
        let code = await server.newCode()
        #expect(await server.authorize(code, as: "acme").code == 0)
        #expect(await server.authorize(code, as: "acme").code == 0)
        #expect(await server.list("acme").pageInfo["total_number"] == 1)
    }

    @Test(arguments: [
        ("#abc", 4013), ("not a code", 4013),
        ("#AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", 4013),
    ])
    func badCodesGetTikToksNumbers(code: String, expected: Int) async {
        let server = ServerFixture()
        #expect(await server.authorize(code, as: "acme").code == expected)
        #expect(await server.info(code, as: "acme").code == expected)
    }

    @Test func anExpiredCodeIs4025ToRedeemAndExpiredInInfo() async {
        let server = ServerFixture()
        let redeemed = await server.newCode(days: 60)
        let unused = await server.newCode(video: 43, days: 60)
        #expect(await server.authorize(redeemed, as: "acme").code == 0)
        await server.run("advance 61d")
        let info = await server.info(redeemed, as: "acme")
        #expect(info.code == 0)
        #expect(info.string("auth_info", "ad_auth_status") == "EXPIRED")
        let late = await server.authorize(unused, as: "acme")
        #expect(late.code == 4025)
        #expect(late.message == "Authorization expired.")
    }

    @Test func aDeletedCodeIsRevokedForItsAdvertiserAndGoneForOthers() async {
        let server = ServerFixture()
        let code = await server.newCode()
        #expect(await server.authorize(code, as: "acme").code == 0)
        let lines = await server.run("delete code \(code)")
        #expect(lines.first?.hasPrefix("result:") == true)
        #expect(await server.info(code, as: "acme").string("auth_info", "ad_auth_status") == "REVOKED")
        let other = await server.authorize(code, as: "globex")
        #expect(other.code == 4014)
        #expect(other.message == "The code has been deleted.")
    }

    @Test func adAuthorizationTurnedOffIsItsOwnClass() async {
        let server = ServerFixture()
        let code = await server.newCode()
        await server.run("disable ad authorization for @alice")
        let answer = await server.authorize(code, as: "acme")
        #expect(answer.code == 4030)
        #expect(await server.list("acme").listed.isEmpty)
    }

    @Test func messagesNeverHoldAWholeCode() async {
        let server = ServerFixture()
        let code = await server.newCode()
        await server.run("brand initech")
        #expect(await server.authorize(code, as: "acme").code == 0)
        for brand in ["globex", "initech"] {
            let answer = await server.authorize(code, as: brand)
            #expect(!answer.text.contains(code))
        }
    }
}
