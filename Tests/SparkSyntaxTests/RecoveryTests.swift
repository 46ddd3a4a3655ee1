import Testing

@testable import SparkSyntax

/// Panic-mode recovery, incompleteness for the REPL, and the nesting guard.
@Suite struct RecoveryTests {
    @Test func oneTypoGivesOneError() {
        let (statements, diagnostics) = TestSupport.parse(
            "creator @alice\nautorize video 42 for 7d as @bob\nnow")
        #expect(diagnostics.count == 1)
        #expect(statements.count == 2)
    }

    @Test(arguments: [
        "autorize video 42\nadvance 7x\nnow",
        "brand acme\ncampaign \"w\" by acme {\n  budgt $5 daily\n  video 1\n  target US age 40-18\n}\nnow",
        "show c d; show 1 2\nnow",
        "{ autorize 1 }\n{ show $ }\nnow",
        "redeem c as\nexpect c is\nnow",
    ])
    func twoIndependentErrorsGiveTwo(text: String) {
        let (statements, diagnostics) = TestSupport.parse(text, checked: false)
        #expect(diagnostics.count == 2, "\(diagnostics.map(\.message))")
        #expect(statements.last.map { if case .now = $0.kind { true } else { false } } == true)
    }

    @Test func errorInsideBlockVoidsTheWholeStatement() {
        let (statements, diagnostics) = TestSupport.parse(
            "brand acme\ncampaign \"w\" by acme { video 1; budgt 2 }\nnow")
        #expect(diagnostics.count == 1)
        #expect(statements.count == 2)
    }

    @Test(arguments: [
        ("campaign \"w\" by acme {", true), ("redeem c as", false), ("show \"open string", true),
        ("batch [c1,", true), ("batch [c1, c2 as acme", false), ("repeat 3 {\n  now\n", true),
        ("expect error {", true), ("now", false), ("{ { now }", true), ("show c", false),
    ])
    func incompleteness(text: String, incomplete: Bool) {
        #expect(TestSupport.parser(text).endsIncomplete == incomplete)
    }

    @Test func deepBracesGiveOneDiagnosticQuickly() {
        let text = String(repeating: "{", count: 200_000) + "\nnow"
        let clock = ContinuousClock()
        let start = clock.now
        let (statements, diagnostics) = TestSupport.parse(text)
        #expect(clock.now - start < .seconds(5))
        #expect(diagnostics.map(\.message) == ["blocks nested too deeply"])
        #expect(diagnostics.first.map(TestSupport.place) == "1:257")
        #expect(statements.isEmpty)
    }

    @Test func deepBracketsGiveOneDiagnostic() {
        let text = "show " + String(repeating: "[", count: 200_000) + "\nnow"
        let (statements, diagnostics) = TestSupport.parse(text)
        #expect(diagnostics.map(\.message) == ["blocks nested too deeply"])
        #expect(statements.count == 1)
    }

    @Test func nestingWithinTheLimitParses() {
        let depth = 200
        let text = String(repeating: "{ ", count: depth) + "now" + String(repeating: " }", count: depth)
        let (statements, diagnostics) = TestSupport.parse(text)
        #expect(diagnostics.isEmpty)
        #expect(statements.count == 1)
    }

    @Test func tenMegabyteLine() {
        let text = "show \"" + String(repeating: "a", count: 10_000_000) + "\" 42\nnow"
        let (statements, diagnostics) = TestSupport.parse(text)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message == "unexpected `42` after the statement")
        #expect(statements.count == 1)
        let rendered = diagnostics.first.map(DiagnosticRenderer(colors: false).render) ?? ""
        #expect(rendered.utf8.count < 1_000)
        #expect(rendered.contains("…"))
        #expect(rendered.contains("test.spark:1:10000009:"))
    }

    @Test func statementCutOffAtEnd() {
        let parser = TestSupport.parser("post video 42 by")
        #expect(parser.diagnostics.map(\.message) == ["expected a value, found end of input"])
        #expect(parser.diagnostics.first.map(TestSupport.place) == "1:17")
        #expect(!parser.endsIncomplete)
    }
}
