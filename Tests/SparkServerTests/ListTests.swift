import SparkServer
import Testing

@Suite struct ListTests {
    /// 25 videos, each with a code redeemed by acme in id order.
    static func library() async -> ServerFixture {
        let posts = (100..<125).map { "post video \($0) by @alice \"Clip \($0)\"" }.joined(separator: "\n")
        let server = ServerFixture(setup: ServerFixture.setup + "\n" + posts)
        for video in 100..<125 {
            let code = await server.newCode(video: UInt64(video))
            _ = await server.authorize(code, as: "acme")
        }
        return server
    }

    @Test func pagesHoldPageSizePostsMostRecentFirst() async {
        let server = await Self.library()
        let first = await server.list("acme", ["page_size": "10"])
        #expect(first.pageInfo == ["page": 1, "page_size": 10, "total_number": 25, "total_page": 3])
        #expect(first.listed.count == 10)
        let ids = first.listed.compactMap { ($0["item_info"] as? [String: Any])?["item_id"] as? String }
        #expect(ids.first == "124")
        let last = await server.list("acme", ["page_size": "10", "page": "3"])
        #expect(last.listed.count == 5)
        let beyond = await server.list("acme", ["page_size": "10", "page": "9223372036854775807"])
        #expect(beyond.code == 0)
        #expect(beyond.listed.isEmpty)
    }

    @Test func theDefaultPageSizeIs20() async {
        let server = await Self.library()
        let answer = await server.list("acme")
        #expect(answer.pageInfo["page_size"] == 20)
        #expect(answer.listed.count == 20)
    }

    @Test(arguments: [
        ["page_size": "0"], ["page_size": "51"], ["page_size": "ten"], ["page": "0"], ["page": "-1"],
        ["keyword": String(repeating: "a", count: 501)], ["item_types": "VIDEO"],
        ["item_types": "[\"STORY\"]"],
        ["item_types": "[]"],
    ])
    func outOfRangeParametersAre40002(parameters: [String: String]) async {
        let server = ServerFixture()
        let answer = await server.list("acme", parameters)
        #expect(answer.code == 40002)
        #expect(answer.message.hasPrefix(parameters.keys.first ?? "?"))
    }

    @Test func aKeywordMatchesTheItemIDOrWordsOfTheCaption() async {
        let server = await Self.library()
        #expect(await server.list("acme", ["keyword": "112"]).pageInfo["total_number"] == 1)
        #expect(await server.list("acme", ["keyword": "clip 11"]).pageInfo["total_number"] == 10)
        #expect(
            await server.list("acme", ["keyword": "nothing"]).pageInfo == [
                "page": 1, "page_size": 20, "total_number": 0, "total_page": 0,
            ])
    }

    @Test func carouselsOnlyIsAnEmptyList() async {
        let server = await Self.library()
        #expect(await server.list("acme", ["item_types": "[\"CAROUSEL\"]"]).listed.isEmpty)
        #expect(await server.list("acme", ["item_types": "[\"VIDEO\"]"]).pageInfo["total_number"] == 25)
    }
}
