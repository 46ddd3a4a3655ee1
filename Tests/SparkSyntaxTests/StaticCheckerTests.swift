import Testing

@testable import SparkSyntax

@Suite struct StaticCheckerTests {
    @Test(arguments: [
        "let c = authorize video 42\nshow c",
        "brand acme\nshow acme",
        "repeat 3 as i { post video i by @alice }",
        "repeat 3 as i { let c = authorize video i }\nshow c",
        "expect error { show nothing }",
        "include \"setup.spark\"\nshow c",
        "redeem #abc as acme",
        "let c = 1\nredeem c as beta",
        "edit video 42 caption \"x\" as acme",
        "let c = 1; batch [c, c] as acme",
    ])
    func noFalsePositives(text: String) {
        #expect(TestSupport.parse(text).diagnostics.isEmpty)
    }

    @Test func unboundNameIsReported() {
        let (statements, diagnostics) = TestSupport.parse("let c1 = 1\nshow c2\nshow c1")
        #expect(diagnostics.map(\.message) == ["`c2` is used before it is bound"])
        #expect(diagnostics.first?.help == "did you mean `c1`?")
        // A warning: the checker cannot see every binding, so the statement is kept for the runtime.
        #expect(diagnostics.first?.severity == .warning)
        #expect(statements.count == 3)
    }

    @Test func aLoneUnboundWordIsAnError() {
        // Nothing but a misspelled statement can be a bare word no `let` has bound.
        let (statements, diagnostics) = TestSupport.parse("creator @alice\nfrobnicate")
        #expect(diagnostics.map(\.severity) == [.error])
        #expect(statements.count == 1)
    }

    @Test func useBeforeTheLetIsReported() {
        let diagnostics = TestSupport.parse("show c\nlet c = 1").diagnostics
        #expect(diagnostics.map(TestSupport.place) == ["1:6"])
    }

    @Test func loneMisspelledKeywordSuggestsTheKeyword() {
        let diagnostics = TestSupport.parse("autorize").diagnostics
        #expect(diagnostics.first?.help == "did you mean `authorize`?")
    }

    @Test func replSeedsKnownNames() {
        var parser = Parser(file: TestSupport.file("show c"), checker: StaticChecker(knownNames: ["c"]))
        #expect(parser.next() != nil)
        #expect(parser.diagnostics.isEmpty)
        var unchecked = Parser(file: TestSupport.file("show c"), checker: nil)
        #expect(unchecked.next() != nil)
    }

    @Test func nameSetGrowsAndFinds() {
        var names = NameSet([])
        for index in stride(from: 0, to: 20_000, by: 2) { names.insert("c\(index)") }
        #expect(names.count == 10_000)
        #expect((0..<20_000).filter { names.contains("c\($0)") }.count == 10_000)
        #expect(names.someNames.count == NameSet.namesKeptForSuggestions)
    }

    @Test func carriedCheckerKeepsBindings() {
        var first = Parser(file: TestSupport.file("let c = 1"))
        while first.next() != nil {}
        var second = Parser(file: TestSupport.file("show c"), checker: first.checker)
        #expect(second.next() != nil)
        #expect(second.diagnostics.isEmpty)
    }
}
