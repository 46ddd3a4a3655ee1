import SparkServer
import Testing

@Suite struct UnbindTests {
    func unbind(_ server: ServerFixture, _ item: Any, as brand: String) async -> Answer {
        await server.post(
            server.tt("unbind"), json: ["advertiser_id": await server.advertiser(brand), "item_id": item])
    }

    @Test func unbindingTakesThePostOutOfTheLibraryAndKeepsTheCodeBound() async {
        let server = ServerFixture()
        let code = await server.newCode()
        #expect(await server.authorize(code, as: "acme").code == 0)
        let answer = await unbind(server, "42", as: "acme")
        #expect(answer.code == 0)
        #expect(answer.data.isEmpty)
        #expect(await server.list("acme").pageInfo["total_number"] == 0)
        #expect(await server.authorize(code, as: "globex").code == 4026)
        #expect(await server.authorize(code, as: "acme").code == 0)
        #expect(await server.list("acme").pageInfo["total_number"] == 1)
    }

    @Test(arguments: ["42", "43", "999"])
    func aPostNotInTheLibraryIs40007(item: String) async {
        let server = ServerFixture()
        let answer = await unbind(server, item, as: "acme")
        #expect(answer.code == 40007)
    }

    @Test(arguments: ["", "abc", "-1", "12345678901234567890"])
    func aMalformedItemIDIs40002(item: String) async {
        let server = ServerFixture()
        let code = await server.newCode()
        #expect(await server.authorize(code, as: "acme").code == 0)
        #expect(await unbind(server, item, as: "acme").code == 40002)
        #expect(await server.list("acme").pageInfo["total_number"] == 1)
    }
}
