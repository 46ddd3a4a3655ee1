import SparkBase
import Testing

@Suite struct CivilDateTests {
    @Test(arguments: [
        (1970, 1, 1, 0), (2026, 1, 1, 20_454), (2000, 2, 29, 11_016), (1969, 12, 31, -1),
        (1600, 3, 1, -135_080),
    ])
    func daysFromCivilAndBack(year: Int64, month: Int, day: Int, days: Int64) {
        #expect(CivilDate.daysFromCivil(year: year, month: Int64(month), day: Int64(day)) == days)
        let civil = CivilDate.civilFromDays(days)
        #expect(civil.year == year && civil.month == month && civil.day == day)
    }

    @Test func leapYearsFollowTheGregorianRule() {
        #expect(CivilDate.daysIn(month: 2, year: 2024) == 29)
        #expect(CivilDate.daysIn(month: 2, year: 1900) == 28)
        #expect(CivilDate.daysIn(month: 2, year: 2000) == 29)
        #expect(CivilDate.daysIn(month: 4, year: 2026) == 30)
    }

    @Test func floorDivisionRoundsDown() {
        #expect(CivilDate.floorDivision(-1, 86_400) == -1)
        #expect(CivilDate.floorDivision(86_399, 86_400) == 0)
        #expect(CivilDate.floorDivision(-86_400, 86_400) == -1)
    }
}

@Suite struct DigitGroupingTests {
    @Test(arguments: [(0, "0"), (999, "999"), (1_000, "1,000"), (-1_234_567, "-1,234,567")])
    func groupsThousands(number: Int64, text: String) {
        #expect(DigitGrouping.grouped(number) == text)
    }
}

@Suite struct EditDistanceTests {
    @Test func suggestsTheClosestWithinTheLimit() {
        #expect(EditDistance.closest(to: "autorize", among: ["authorize", "advance"]) == "authorize")
        #expect(EditDistance.closest(to: "xyzzy", among: ["authorize", "advance"]) == nil)
    }

    @Test func aVeryLongWordGetsNoSuggestionAndCostsNothing() {
        let long = String(repeating: "a", count: 100_000)
        let near = String(repeating: "a", count: 99_999) + "b"
        #expect(EditDistance.closest(to: long, among: [near, "now"]) == nil)
    }
}

@Suite struct ByteOrderTests {
    @Test func ordersByUTF8Bytes() {
        #expect(ByteOrder.precedes("Zeta", "acme"))
        #expect(ByteOrder.precedes("bob", "bob.smith"))
        #expect(!ByteOrder.precedes("é", "z"))
    }
}

@Suite struct ControlCharacterTests {
    @Test func controlCharactersFromAScriptAreShownEscapedNotObeyed() {
        let title = "\u{1B}]0;PWNED\u{7}\u{1B}[2J"
        #expect(ControlCharacters.escaped(title) == "\\u{1B}]0;PWNED\\u{7}\\u{1B}[2J")
        #expect(ControlCharacters.escaped("a\u{7F}b\u{9B}c\u{0}") == "a\\u{7F}b\\u{9B}c\\u{0}")
        #expect(ControlCharacters.escaped("line\n\tnext é 🎿") == "line\n\tnext é 🎿")
    }
}
