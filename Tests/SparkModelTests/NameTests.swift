import SparkModel
import Testing

/// Names: handles are case-insensitive, and no name may hide a character.
@Suite("Names")
struct NameTests {
    @Test("handles are case-insensitive: @alice, @Alice and @ALICE are one account, shown as first spelled")
    func handlesIgnoreCase() throws {
        let world = try makeWorld()
        #expect(Handle("Alice") == alice && Handle("@ALICE").hashValue == alice.hashValue)
        #expect(failure { try world.createAccount(Handle("ALICE")) } == .accountExists(alice))
        try world.createAccount(Handle("Carol"))
        #expect(
            failure { try world.createAccount(Handle("carol")) }?.message == "account @Carol already exists")
        try world.enableAdAuthorization(for: Handle("CAROL"))
        #expect(world.account(Handle("carol"))?.handle.name == "Carol")
        #expect(world.account(Handle("cArOl"))?.adsEnabled == true)
        try world.post(.video, id: 500, by: Handle("carol"), caption: "")
        #expect(world.video(500)?.owner.name == "Carol")
        #expect(try world.authorizeVideo(500, as: Handle("CAROL")).code.creator.description == "@Carol")
        let handles = (0..<world.count(of: .account)).compactMap { world.name(of: .account, at: $0) }
        #expect(handles.filter { $0.lowercased() == "carol" } == ["Carol"])
    }

    @Test("the handles @. and @.. are refused")
    func dotHandlesAreRefused() throws {
        let world = try makeWorld()
        #expect(failure { try world.createAccount(Handle("@.")) } == .invalidHandle("."))
        #expect(failure { try world.createAccount(Handle("@..")) } == .invalidHandle(".."))
        try world.createAccount(Handle("@a.b"))
    }

    @Test(
        "names with invisible or control characters are refused, with the character named",
        arguments: ["\u{200B}", "\u{202E}", "\u{2066}", "\u{FEFF}", "\u{0007}", "\u{00AD}"])
    func invisibleCharactersAreRefused(character: String) throws {
        let world = try makeWorld()
        let before = world.snapshot()
        let code = character.unicodeScalars.first?.value ?? 0
        let brand = failure { try world.createBrand("acme" + character + "2", displayName: "") }
        #expect(brand == .invisibleCharacter("acme\\u{" + hex(code) + "}2", codePoint: code))
        #expect(brand?.message.contains("invisible character, U+" + hex(code)) == true)
        #expect(failure { try world.createBrand("gamma", displayName: "Gam" + character + "ma") } != nil)
        #expect(
            failure { try world.createCampaign("win" + character + "ter", by: "acme") }?.identifier
                == "invisible_character")
        #expect(
            failure { try world.createAccount(Handle("bo" + character + "b2")) }?.identifier
                == "invisible_character")
        #expect(world.snapshot() == before)
    }

    @Test("visible names with accents and emoji are fine")
    func visibleNamesAreFine() throws {
        let world = try makeWorld()
        try world.createBrand("café", displayName: "Café ☕")
        try world.createCampaign("été 🌞", by: "café")
        #expect(world.campaign(named: "été 🌞")?.brand == "café")
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
