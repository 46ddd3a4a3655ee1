import SparkServer
import Testing

@Suite struct ControlTests {
    @Test func aScriptRunsInTheServedWorld() async {
        let server = ServerFixture()
        let lines = await server.run("brand initech\nshow initech")
        #expect(lines.first?.hasPrefix("result:") == true)
        #expect(lines.contains { $0.contains("initech") })
        #expect(!lines.contains { $0.hasPrefix("error:") })
        #expect(await server.advertiser("initech") != "")
    }

    @Test func theFailingStatementChangesNothingAndStopsTheScript() async {
        let server = ServerFixture()
        let lines = await server.run("brand initech\nredeem #abc as initech\nbrand hooli")
        #expect(lines.count == 2)
        #expect(lines.last?.hasPrefix("error:") == true)
        #expect(await server.advertiser("initech") != "")
        #expect(await server.advertiser("hooli") == "")
    }

    @Test func aSyntaxErrorRunsNothing() async {
        let server = ServerFixture()
        let lines = await server.run("brand initech\n!")
        #expect(lines.first?.hasPrefix("error:") == true)
        #expect(await server.advertiser("initech") == "")
    }

    @Test func includeIsRefusedOverHTTP() async {
        let server = ServerFixture()
        let lines = await server.run("include \"/etc/passwd\"")
        #expect(
            lines == [
                "error: `include` is not available over HTTP: the server does not read its files for a request"
            ])
    }

    @Test func advertiserIDsAreTheWorldsOwnInCreationOrder() async {
        let ids = await ServerFixture().world.advertiserList().map(\.id)
        #expect(ids == [7_000_000_000_000_000_001, 7_000_000_000_000_000_002])
        #expect(await ServerFixture().world.advertiserList().map(\.id) == ids)
    }

    @Test func advertisersAreListedWithTheirIDsAsStrings() async {
        let server = ServerFixture()
        let answer = await server.get("/spark/v1/advertisers", [:])
        let brands = answer.listed.compactMap { $0["brand"] as? String }
        #expect(brands == ["acme", "globex"])
        #expect(answer.listed.first?["advertiser_id"] as? String == (await server.advertiser("acme")))
    }
}
