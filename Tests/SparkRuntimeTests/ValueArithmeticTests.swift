import SparkModel
import SparkRuntime
import SparkSyntax
import Testing

/// Values a script computes: exact numbers, money, dates and durations, properties as values.
@Suite struct ValueArithmeticTests {
    let harness = ScriptHarness()

    @Test(arguments: [
        "expect 208780 / 160600 == 1.30",
        "expect 208768 / 160600 < 1.30",
        "expect 208768 / 160600 >= 1.2999",
        "expect 1 / 3 * 3 == 1",
        "expect 1 / 3 != 0.333333333333333333",
        "expect 2 + 3 * 4 == 14",
        "expect (2 + 3) * 4 == 20",
        "expect 10 - 4 - 3 == 3",
        "expect 12 / 4 / 3 == 1",
        "expect 3 - 5 == 0 - 2",
        "expect $19.99 + $0.01 == $20",
        "expect $479 * 10 == $4,790",
        "expect 3 * $2 == $6",
        "expect $50 / $200 == 0.25",
        "expect 2026-12-02 + 7d == 2026-12-09",
        "expect 2026-12-02 - 1d == 2026-12-01",
        "expect 1d + 12h == 36h",
        "expect 7d * 2 == 2w",
        "expect 9223372036854775807 - 1 > 0",
    ])
    func exactArithmeticHolds(check: String) {
        let run = harness.run(check)
        #expect(run.outcome == .succeeded, "\(check): \(run.failures) \(run.errors.map(\.message))")
    }

    @Test(arguments: [
        ("let x = 1 / (2 - 2)", "division by zero", "1:9"),
        ("let x = $5 + 7d", "cannot add an amount of money and a duration", "1:9"),
        ("let x = 9223372036854775807 + 1", "the result of `+` does not fit in 64 bits", "1:9"),
        ("let x = $1 * 1.5", "cannot multiply an amount of money and a fraction", "1:9"),
        ("let x = 2026-12-01 + 2026-12-02", "cannot add a date and a date", "1:9"),
        ("post video 1 / 2 by @alice", "expected a video id, found a fraction", "1:12"),
    ])
    func mistakesAreRuntimeErrorsWithAPlaceAndHelp(script: String, message: String, place: String) {
        let run = harness.run(setUp + script)
        let error = run.errors.first
        #expect(error?.message == message)
        #expect(error?.help != nil || message.hasPrefix("expected"))
        let lines = setUp.split(separator: "\n").count
        let (line, column) =
            error.flatMap { diagnostic in
                diagnostic.file.map { $0.location(of: diagnostic.range ?? SourceRange(start: 0, end: 0)) }
            } ?? (0, 0)
        #expect("\(line - lines):\(column)" == place)
    }

    @Test func aPropertyIsAValueToBindAndCompare() {
        let run = harness.run(
            setUp + """
                let c = authorize video 42
                redeem c as acme
                campaign "a" by acme { video 42; budget $100 daily; schedule 2026-01-02 to 2026-01-03; url "https://a.example"; cta "Go" }
                publish "a"
                advance to 2026-01-04
                let s = spend of campaign "a"
                expect s == $200
                expect spend of campaign "a" - s == $0
                expect likes of video 42 == likes of campaign "a"
                expect views of video 42 / impressions of campaign "a" == 1
                expect days of c * 1d == 30d
                """)
        #expect(run.outcome == .succeeded, "\(run.failures) \(run.errors.map(\.message))")
        #expect(run.session.value(of: "s") == .money(cents: 20_000))
    }

    @Test func ratiosShowExactlyOrAsAFractionWithItsApproximation() {
        let run = harness.run("let a = 7 / 2\nlet b = 208768 / 160600\nlet c = 2 - 5")
        let values = run.results.compactMap { result -> String? in
            if case .bound(_, let value) = result { return value.description }
            return nil
        }
        #expect(values == ["3.5", "26096/20075 (≈ 1.29992)", "-3"])
    }

    @Test func unknownPropertiesAndIncomparableValuesAreFailedChecksAndTheRunGoesOn() {
        let run = harness.run(
            setUp + """
                expect likez of video 42 > 0
                expect spend of brand acme == 1
                expect caption of video 42 == 3
                expect views of video 42 == 0
                """)
        #expect(run.errors.isEmpty)
        #expect(run.checks.count == 4)
        #expect(run.failures.count == 3)
        #expect(run.failureHelps.first??.hasPrefix("did you mean `likes`?") == true)
    }

    @Test func moneyComparedWithANumberGetsTheMoneyHint() {
        let run = harness.run(setUp + "campaign \"w\" by acme {}\nexpect spend of campaign \"w\" == 100")
        #expect(run.failureHelps == ["money is written `$100`"])
    }
}

@Suite struct TextLimitTests {
    @Test func aStringThatDoublesInALoopStopsAtItsLimitAndChangesNothing() {
        let run = ScriptHarness().run("let s = \"x\"\nrepeat 40 { let s = \"{s}{s}\" }\n")
        #expect(run.outcome == .failed)
        #expect(run.errors.first?.message.contains("text longer than 1024 KiB") == true)
        // The failed repeat is undone whole: `s` is still one letter.
        #expect(run.session.value(of: "s") == .string("x"))
    }
}
