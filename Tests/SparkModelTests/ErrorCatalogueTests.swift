import SparkModel
import Testing

@Suite("Errors are data")
struct ErrorCatalogueTests {
    @Test("every error has a message, help, why and a stable identifier", arguments: DomainError.catalogue)
    func complete(error: DomainError) {
        for text in [error.message, error.help, error.why] {
            #expect(!text.isEmpty && !text.hasSuffix("."), "\(text)")
        }
        // Messages are one lower-case phrase (help and why may open with a name such as TikTok).
        #expect(error.message.first.map { !$0.isUppercase } ?? false, "\(error.message)")
        #expect(error.identifier.allSatisfy { $0.isLowercase || $0 == "_" })
    }

    @Test("the catalogue has one representative of each case, with unique identifiers")
    func unique() {
        let identifiers = DomainError.catalogue.map(\.identifier)
        #expect(Set(identifiers).count == identifiers.count)
        #expect(identifiers.count == 37)
    }

    @Test("only TikTok's own error numbers are used")
    func numbers() {
        let numbers = Set(DomainError.catalogue.compactMap(\.number))
        #expect(numbers == [4002, 4013, 4025, 4027])
        #expect(DomainError.codeFormat("x").identifier == "auth_code_format_error")
        #expect(DomainError.videoDeleted(1).identifier == "video_deleted")
    }
}

@Suite("Transactions and atomicity")
struct TransactionTests {
    @Test("nested transactions commit and roll back without copying the world")
    func nested() throws {
        let world = try makeWorld()
        let start = world.snapshot()
        world.beginTransaction()
        let code = try world.authorizeVideo(42).code.text
        world.beginTransaction()
        try world.redeem(code, as: "acme")
        try world.createCampaign("winter", by: "acme", sparkDraft())
        try world.publish("winter")
        try world.advance(by: 5 * day)
        let inner = world.snapshot()
        world.beginTransaction()
        try world.deleteCode(code)
        try world.rollbackTransaction()
        #expect(world.snapshot() == inner)
        try world.commitTransaction()
        #expect(world.transactionDepth == 1)
        #expect(world.snapshot() == inner)
        try world.rollbackTransaction()
        #expect(world.snapshot() == start)
        #expect(world.code(code) == nil)
        #expect(failure { try world.rollbackTransaction() } == .noOpenTransaction)
        #expect(failure { try world.commitTransaction() } == .noOpenTransaction)
    }

    @Test("a failed operation leaves the world byte-identical")
    func failedOperations() throws {
        let world = try makeWorld()
        let code = try runningCampaign(world)
        let before = world.snapshot()
        #expect(failure { try world.advance(to: .epoch) } != nil)
        #expect(failure { try world.deleteVideo(42) } != nil)
        #expect(failure { try world.post(.video, id: 42, by: alice, caption: "") } == .videoExists(42))
        #expect(failure { try world.post(.video, id: 0, by: alice, caption: "") } == .invalidVideoID(0))
        #expect(
            failure { try world.post(.video, id: 10_000_000_000_000_000_000, by: alice, caption: "") } != nil)
        #expect(failure { try world.createAccount(Handle("bad handle")) } == .invalidHandle("bad handle"))
        #expect(failure { try world.redeem(code, as: "nobody") } == .brandNotFound("nobody"))
        #expect(failure { try world.pause("nothing") } == .campaignNotFound("nothing"))
        #expect(failure { try world.advance(by: Int64.max) } == .timeOutOfRange)
        #expect(world.snapshot() == before)
    }

    @Test("19-digit video ids do not overflow")
    func bigIDs() throws {
        let world = try makeWorld()
        try world.post(.video, id: 7_203_114_876_543_219_999, by: alice, caption: "big")
        #expect(try world.authorizeVideo(7_203_114_876_543_219_999).code.videoID == 7_203_114_876_543_219_999)
    }
}

@Suite("The expiry index")
struct ExpiryIndexTests {
    /// What a scan of every code would answer.
    private func brute(_ world: World, within seconds: Int64) -> [String] {
        world.allCodes().filter { code in
            code.status != .deleted && code.expiry > world.now
                && code.expiry.seconds <= world.now.seconds + seconds
        }.sorted { ($0.expiry, $0.text) < ($1.expiry, $1.text) }.map(\.text)
    }

    @Test("list codes expiring within a duration stays exact under extend, delete and expiry")
    func exact() throws {
        let world = try makeWorld()
        var texts: [String] = []
        for (index, days) in [7, 30, 7, 60, 365, 30, 7].enumerated() {
            try world.advance(by: Int64(index) * 3600)
            texts.append(try world.authorizeVideo(42, days: days).code.text)
        }
        func check() {
            for window in [0, day, 7 * day, 30 * day, 400 * day] {
                let listed = world.codes(expiringWithin: window).map(\.text)
                #expect(Set(listed) == Set(brute(world, within: window)))
                #expect(listed.count == brute(world, within: window).count)
            }
        }
        check()
        try world.extendCode(texts[0], by: 30)
        check()
        try world.deleteCode(texts[2])
        check()
        try world.advance(by: 7 * day)
        check()
        try world.extendCode(texts[1], by: 7)
        try world.advance(by: 40 * day)
        check()
        #expect(world.codes(expiringWithin: 400 * day).map(\.text) == [texts[3], texts[4]])
    }
}
