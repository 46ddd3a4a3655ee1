import Foundation
import Testing

/// `spark run --format json`: the structured fields beside `text` (README, "JSON output").
@Suite struct JSONOutputTests {
    static let script = """
        creator @alice; enable ad authorization for @alice
        post video 42 by @alice "Winter haul"
        let c = authorize video 42 for 60d
        brand acme "Acme Outdoor"
        redeem c as acme
        campaign "w" by acme { video 42; budget $479 daily; schedule 2026-01-02 to 2026-01-02; url "https://a.example"; cta "Go" }
        publish "w"
        advance 2d
        show campaign "w"
        list codes
        batch [c, #nope] as acme

        """

    private func objects() throws -> [[String: Any]] {
        let result = try SparkBinary.run(["run", "--format", "json", "-"], script: Self.script)
        #expect(result.status == 0, "\(result.stderr)")
        return try result.stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    private func result(_ kind: String, in objects: [[String: Any]]) throws -> [String: Any] {
        try #require(objects.first { $0["result"] as? String == kind }, "no \(kind)")
    }

    @Test func aCodeCarriesItsFieldsWholeOnlyWhereTheTextShowsIt() throws {
        let objects = try objects()
        let generated = try result("code_generated", in: objects)
        let code = try #require(generated["code"] as? String)
        #expect(code.count == 65)
        #expect((generated["text"] as? String)?.contains(code) == true)
        #expect(generated["video"] as? Int == 42)
        #expect(generated["status"] as? String == "NOT_USED")
        #expect(generated["brand"] is NSNull)
        #expect(generated["expires"] as? String == "2026-03-02 00:00 UTC")
        let redeemed = try result("redeemed", in: objects)
        let masked = String(code.prefix(7)) + "…" + String(code.suffix(3))
        #expect(redeemed["code"] as? String == masked)
        #expect(redeemed["ad_auth_status"] as? String == "AUTHORIZED")
        #expect(redeemed["brand"] as? String == "acme")
    }

    @Test func aCampaignCarriesItsStateSpendAndDelivery() throws {
        let card = try result("card", in: try objects())
        #expect(card["subject"] as? String == "campaign")
        #expect(card["name"] as? String == "w")
        #expect(card["state"] as? String == "completed")
        #expect(card["spend"] as? String == "$479.00")
        #expect(card["spend_cents"] as? Int == 47_900)
        #expect(card["impressions"] as? Int == 100_000)
        #expect(card["views"] as? Int == 100_000)
        #expect(card["completions"] as? Int == 13_000)
    }

    @Test func brandsAccountsListingsAndBatchesAreData() throws {
        let objects = try objects()
        let brand = try result("brand_created", in: objects)
        #expect(brand["name"] as? String == "acme")
        #expect(brand["display_name"] as? String == "Acme Outdoor")
        // The first brand's id, as a string as TikTok's API writes ids.
        #expect(brand["advertiser_id"] as? String == "7000000000000000001")
        let account = try result("account_created", in: objects)
        #expect(account["handle"] as? String == "@alice")
        let listing = try result("listing", in: objects)
        #expect(listing["of"] as? String == "codes")
        let rows = try #require(listing["rows"] as? [[String: Any]])
        #expect(rows.map { $0["status"] as? String } == ["IN_USE"])
        let batch = try result("batch", in: objects)
        #expect(batch["authorized"] as? Int == 1 && batch["refused"] as? Int == 1)
        let codes = try #require(batch["codes"] as? [[String: Any]])
        #expect(codes.last?["number"] as? Int == 4013)
    }

    @Test func eventsCarryTheirNameAndFields() throws {
        let events = try objects().filter { $0["type"] as? String == "event" }
        let names = events.compactMap { $0["event"] as? String }
        #expect(names == ["campaign_scheduled", "campaign_started", "campaign_completed"])
        #expect(events[0]["campaign"] as? String == "w")
        #expect(events[0]["start"] as? String == "2026-01-02 00:00 UTC")
        #expect(events[0]["time"] as? String == "2026-01-01 00:00 UTC")
        #expect(events[1]["audience"] as? [String] == ["acme"])
    }
}
