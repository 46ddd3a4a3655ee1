import Testing

@testable import SparkSyntax

/// The syntax of computed values: operators and their precedence, decimals, properties, strings
/// with values in them, made names, and a value continued on the next line.
@Suite struct ValueSyntaxTests {
    static func value(_ text: String) -> String {
        let (statements, diagnostics) = TestSupport.parse("let x = 1\nlet i = 1\nlet v = " + text)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        guard case .bind(_, let bound)? = statements.last?.kind, case .expression(let value) = bound.kind
        else {
            return "not a value"
        }
        return shape(value)
    }

    /// A value written back with its grouping made explicit.
    static func shape(_ expression: Expression) -> String {
        switch expression.kind {
        case .integer(let number): String(number)
        case .decimal(let digits, let scale): "\(digits)e-\(scale)"
        case .money(let cents): "$\(cents)c"
        case .name(let name): name.name
        case .binary(let op, let left, let right): "(\(shape(left)) \(op.rawValue) \(shape(right)))"
        case .property(let name, let subject): "\(name.name)[\(shape(subject))]"
        case .video(let id): "video(\(shape(id)))"
        case .campaign(let name): "campaign(\(shape(name)))"
        case .string(let text): "\"\(text)\""
        case .template(let parts):
            parts.map { part in
                switch part {
                case .text(let text): text
                case .value(let value): "<\(shape(value))>"
                }
            }.joined()
        case .madeHandle(let text): "@(\(shape(text)))"
        case .madeBrand(let text): "brand(\(shape(text)))"
        default: "?"
        }
    }

    @Test(arguments: [
        ("1 + 2 * 3", "(1 + (2 * 3))"),
        ("(1 + 2) * 3", "((1 + 2) * 3)"),
        ("10 - 4 - 3", "((10 - 4) - 3)"),
        ("12 / 4 / 3", "((12 / 4) / 3)"),
        ("1.30", "130e-2"),
        ("0.958", "958e-3"),
        ("$1.50 * 3", "($150c * 3)"),
        ("likes of video 42 - 100", "(likes[video(42)] - 100)"),
        ("video 42 - 1", "(video(42) - 1)"),
        ("video (x + 1)", "video((x + 1))"),
        (
            "completions of campaign \"a\" / completions of campaign \"b\"",
            "(completions[campaign(\"a\")] / completions[campaign(\"b\")])"
        ),
        ("count of [1, 2]", "count[?]"),
        ("\"fan{i}\"", "fan<i>"),
        ("\"{i + 1} and \\{x\\}\"", "<(i + 1)> and {x}"),
        ("@\"fan{i}\"", "@(fan<i>)"),
        ("library of brand \"b{i}\"", "library[brand(b<i>)]"),
        ("1\n  + 2\n  * 3", "(1 + (2 * 3))"),
        ("x\n  / 2 // a comment", "(x / 2)"),
    ])
    func valuesGroupAsTheGrammarSays(text: String, shape: String) {
        #expect(Self.value(text) == shape)
    }

    @Test func aLineStartingWithACommentDoesNotContinue() {
        let (statements, diagnostics) = TestSupport.parse("let x = 1\n// a comment\nnow")
        #expect(diagnostics.isEmpty)
        #expect(statements.count == 2)
    }

    @Test func tooManyOperatorsInOneStatementAreRefused() {
        let chain =
            "let v = " + Array(repeating: "1", count: Parser.maximumOperators + 2).joined(separator: " + ")
        let (_, diagnostics) = TestSupport.parse(chain)
        #expect(diagnostics.first?.message == "too many operators in one statement")
        let fits = "let v = " + Array(repeating: "1", count: Parser.maximumOperators).joined(separator: " + ")
        #expect(TestSupport.parse(fits).diagnostics.isEmpty)
    }

    @Test(arguments: [
        (
            "creator @a\nexpect @a is in-use", "`in-use` is not a state of anything",
            "did you mean `redeemed`?"
        ),
        (
            "creator @a\nexpect @a is ads-enabld", "`ads-enabld` is not a state of anything",
            "did you mean `ads-enabled`?"
        ),
        ("expect likez of video 1 > 0", "`likez` is not a property of anything", "did you mean `likes`?"),
        (
            "brand a\nexpect spend of campaign \"w\" == 100",
            "`spend` is money, compared here with a plain number",
            "money is written `$100`"
        ),
        (
            "brand a\nexpect 1.5 <= spend of campaign \"w\"",
            "`spend` is money, compared here with a plain number",
            "money is written `$1.5`"
        ),
    ])
    func staticChecksWarnAboutWordsThatCannotHold(script: String, message: String, help: String) {
        let (statements, diagnostics) = TestSupport.parse(script)
        #expect(diagnostics.map(\.message) == [message])
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.help == help)
        #expect(statements.count == script.split(separator: "\n").count)
    }

    @Test func madeNamesWrittenWholeAreCheckedWhenParsed() {
        #expect(TestSupport.parse("brand \"a b\"").diagnostics.first?.message == "`a b` is not a brand name")
        #expect(TestSupport.parse("creator @\"a b\"").diagnostics.first?.message == "`@a b` is not a handle")
        #expect(TestSupport.parse("brand \"acme\"").diagnostics.isEmpty)
    }

    @Test func theNewStatementsParse() {
        let script = """
            let codes = []
            brand acme advertiser 7000000000000000042
            append 1 to codes
            for c in codes { show c }
            unbind video 42 from brand "acme"
            edit campaign "w" { budget $5 daily; schedule to 2027-01-01 }
            delete campaign "w"
            """
        let (statements, diagnostics) = TestSupport.parse(script)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        let dump = TestSupport.dump(statements)
        for line in [
            "brand name=acme", "advertiser: integer 7000000000000000042", "append list=codes",
            "for variable=c", "unbind brand=made", "editCampaign", "field schedule", "deleteCampaign",
        ] {
            #expect(dump.contains(line), "\(line) missing from\n\(dump)")
        }
    }
}
