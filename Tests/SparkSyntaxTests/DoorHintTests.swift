import Testing

@testable import SparkSyntax

/// Hints where the message misled, a misspelled keyword, and one rule for a lone unbound word
/// (issues 11 and 12).
@Suite struct DoorHintTests {
    static func firstError(_ text: String) -> Diagnostic? {
        TestSupport.parse(text).diagnostics.first { $0.severity == .error }
    }

    @Test func batchWithCommasSaysAListIsWrittenInBrackets() {
        let error = Self.firstError("batch c1, c2 as acme")
        #expect(error?.help == "a list of codes is written in brackets: `batch [c1, c2] as acme`")
    }

    @Test func brandWithAnUnquotedDisplayNameSaysQuoteIt() {
        let error = Self.firstError("brand Acme Outdoor")
        #expect(error?.message == "unexpected `Outdoor` after the brand's name")
        #expect(error?.help == "quote the display name: `brand acme \"Acme Outdoor\"`")
    }

    @Test func authorisationIsAMisspelledKeywordWithADidYouMean() {
        let error = Self.firstError("enable ad authorisation for @sam")
        #expect(error?.help == "did you mean `authorization`?")
        #expect(Self.firstError("enable ad banana for @sam")?.help == nil)
    }

    @Test func aBareFooDoesNotSuggestNow() {
        let error = Self.firstError("foo")
        #expect(error?.message == "`foo` is used before it is bound")
        #expect(error?.help?.contains("now") != true)
        #expect(Self.firstError("autorize video 42")?.help == "did you mean `authorize`?")
    }

    @Test(arguments: [
        "foo", "{ foo }", "repeat 2 { foo }", "{ creator @a; { foo } }", "repeat 2 as i { foo }",
    ])
    func aLoneUnboundWordIsAnErrorAtTopLevelAndInBlocksAlike(text: String) {
        let (statements, diagnostics) = TestSupport.parse(text)
        #expect(statements.isEmpty)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.message == "`foo` is used before it is bound")
    }

    @Test func aLoneWordInAnExpectErrorBodyIsWhatItExpects() {
        let (statements, diagnostics) = TestSupport.parse("expect error { foo }")
        #expect(statements.count == 1 && diagnostics.isEmpty)
    }
}
