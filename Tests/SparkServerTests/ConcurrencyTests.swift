import SparkServer
import Testing

@Suite struct ConcurrencyTests {
    /// 8 advertisers race to redeem the same 1,000 codes (one per video), each in its own order:
    /// every code ends up bound to exactly one of them, and the others were told 4026.
    @Test func eightClientsRedeemingAThousandCodesBindEachExactlyOnce() async {
        let brands = (1...8).map { "brand\($0)" }
        let videos = (1000..<2000).map { "post video \($0) by @alice" }
        let setup = ([ServerFixture.setup] + brands.map { "brand \($0)" } + videos).joined(separator: "\n")
        let server = ServerFixture(setup: setup)
        let lines = await server.run(
            (1000..<2000).map { "authorize video \($0) for 30d" }.joined(separator: "\n"))
        let codes = lines.compactMap { $0.split(separator: " ").dropFirst(2).first.map(String.init) }
        #expect(codes.count == 1000)
        var ids: [String] = []
        for brand in brands { ids.append(await server.advertiser(brand)) }
        let advertisers = ids
        let outcomes = await withTaskGroup(of: [Int].self) { group in
            for (client, advertiser) in advertisers.enumerated() {
                let order = client % 2 == 0 ? codes : codes.reversed()
                group.addTask {
                    var results: [Int] = []
                    for code in order {
                        let answer = await server.post(
                            server.tt("authorize"), json: ["advertiser_id": advertiser, "auth_code": code])
                        results.append(answer.code ?? -1)
                    }
                    return results
                }
            }
            var all: [[Int]] = []
            for await results in group { all.append(results) }
            return all
        }
        let flat = outcomes.flatMap { $0 }
        #expect(flat.filter { $0 == 0 }.count == 1000)
        #expect(flat.filter { $0 == 4026 }.count == 7000)
        var total = 0
        for brand in brands {
            total += await server.list(brand, ["page_size": "1"]).pageInfo["total_number"] ?? 0
        }
        #expect(total == 1000)
    }
}
