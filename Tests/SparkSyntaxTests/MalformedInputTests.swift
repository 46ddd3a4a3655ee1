import Testing

@testable import SparkSyntax

/// Each malformed input gives exactly one diagnostic, with the expected message and place.
@Suite struct MalformedInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var input: String
        var fragment: String
        var place: String
        var help: String?
        var testDescription: String { input.debugDescription }

        init(_ input: String, _ fragment: String, _ place: String, help: String? = nil) {
            self.input = input
            self.fragment = fragment
            self.place = place
            self.help = help
        }
    }

    static let campaign = "brand acme\ncampaign \"w\" by acme {\n"

    static let cases: [Case] = [
        Case("show \"abc", "unterminated string", "1:6"),
        Case("campaign \"w\" by acme {\n  video 1\n", "unclosed `{`", "1:22"),
        Case("advance 7x", "unknown duration unit `x`", "1:9"),
        Case("advance 7y", "unknown duration unit `y`", "1:9"),
        Case("advance 7days", "unknown duration unit `days`", "1:9", help: "did you mean `7d`?"),
        Case("show 12345678901234567890", "integer literal is too large", "1:6"),
        Case("show $19.999", "money has at most two decimals", "1:6"),
        Case("show $1,00", "commas in money must separate groups of three digits", "1:6"),
        Case("show $12345,000", "commas in money must separate groups of three digits", "1:6"),
        Case("show $", "expected an amount after `$`", "1:6"),
        Case("show #", "a code starts with # and continues with base64 characters", "1:6"),
        Case("show #!!", "a code starts with # and continues with base64 characters", "1:6"),
        Case("show #abc===", "a code starts with # and continues with base64 characters", "1:6"),
        Case("autorize video 42", "unknown statement `autorize`", "1:1", help: "did you mean `authorize`?"),
        Case("  pubish \"w\"", "unknown statement `pubish`", "1:3", help: "did you mean `publish`?"),
        Case("redeem c as", "expected a brand name after `as`", "1:12"),
        Case("let c = 1\nbatch [c, c as acme", "expected `,` or `]` in the list", "2:13"),
        Case("let c = 1\nexpect c is", "expected a state after `is`", "2:12"),
        Case("expect likes of video 42 >", "expected a value after `>`", "1:27"),
        Case("expect likes of video 42 = 3", "expected a comparison", "1:26", help: "compare with `==`"),
        Case("start 2026-02-30", "invalid date", "1:7"),
        Case("start 2025-02-29", "invalid date", "1:7"),
        Case("start 2026-13-01", "invalid date", "1:7"),
        Case("start 2026-12-01T25:00", "invalid time", "1:7"),
        Case("start 2026-12-01T09:60Z", "invalid time", "1:7"),
        Case("start 2026-1-01", "malformed date", "1:7"),
        Case(campaign + "  target US age 40-18\n}", "the age range runs backwards", "3:17"),
        Case(
            campaign + "  budgt $5 daily\n}", "unknown campaign field `budgt`", "3:3",
            help: "did you mean `budget`?"),
        Case(campaign + "  budget $5 weekly\n}", "unknown budget period `weekly`", "3:13"),
        Case(
            campaign + "  format infeed\n}", "unknown ad format `infeed`", "3:10",
            help: "did you mean `in-feed`?"),
        Case(
            "post video 1 by @a \"x\" privat", "unknown visibility `privat`", "1:24",
            help: "did you mean `private`?"),
        Case(
            "creator @a as busines", "unknown account type `busines`", "1:15",
            help: "did you mean `business`?"),
        Case("list cods", "expected what to list", "1:6", help: "did you mean `codes`?"),
        Case("show \"bad \\q escape\"", "invalid escape in a string", "1:11"),
        Case("show \"\\u{D800}\"", "invalid unicode scalar in escape", "1:7"),
        Case("show \"\\u{12345678}\"", "invalid unicode escape", "1:7"),
        Case("show @", "expected a handle after `@`", "1:6"),
        Case("show 1 2", "unexpected `2` after the statement", "1:8"),
        Case("}", "unexpected `}`", "1:1"),
        Case("show [1, 2", "expected `,` or `]` in the list", "1:11"),
        Case("c2", "`c2` is used before it is bound", "1:1"),
        Case("expect c", "expected `is` or a comparison after the value", "1:9"),
        Case("delete 42", "expected `code`, `video` or `campaign` after `delete`", "1:8"),
        Case("let xs = []\nappend 1 to 42", "expected the name of a list after `to`", "2:13"),
        Case("let xs = []\nfor in xs {}", "expected a name for each item after `for`", "2:5"),
        Case(
            "edit campaign \"w\" { budgt $5 daily }", "unknown campaign field `budgt`", "1:21",
            help: "did you mean `budget`?"),
        Case("let v = 1 +", "expected a value", "1:12"),
        Case("let v = (1 + 2", "expected `)` to close the `(`", "1:15"),
        Case("let s = \"a{\"", "unclosed `{` in a string", "1:11"),
        Case("let s = \"{}\"", "expected a value inside `{}`", "1:10"),
        Case("let s = \"{1 2}\"", "unexpected `2` inside `{}`", "1:13"),
        Case("unbind video 42 acme", "expected `from` between the video and the brand", "1:17"),
        Case("edit 42", "expected `video` or `campaign` after `edit`", "1:6"),
        Case("let v = 1.5.2", "malformed number", "1:9"),
        Case("turn of ad authorization for video 1", "expected `on` or `off` after `turn`", "1:6"),
        Case("let = 3", "expected a name to bind after `let`", "1:5"),
        Case("show é", "unexpected character `é`", "1:6"),
        Case("show 1 ! 2", "unexpected character `!`", "1:8"),
        Case("enable authorization for @a", "expected `ad`", "1:8"),
        Case("post video 1 @alice", "expected `by`", "1:14"),
        Case("redeem", "expected a value", "1:7"),
        Case("make video 1", "expected a visibility", "1:13"),
    ]

    @Test(arguments: cases)
    func reportsOneDiagnostic(_ example: Case) {
        let (statements, diagnostics) = TestSupport.parse(example.input)
        #expect(diagnostics.count == 1, "\(diagnostics.map(\.message))")
        guard let diagnostic = diagnostics.first, let file = diagnostic.file, let range = diagnostic.range
        else {
            return
        }
        // Nothing from the broken line is returned to run.
        let brokenLine = file.location(of: range).line
        #expect(statements.allSatisfy { file.location(of: $0.range).line != brokenLine })
        #expect(diagnostic.message.contains(example.fragment), "\(diagnostic.message)")
        #expect(TestSupport.place(diagnostic) == example.place, "\(diagnostic.message)")
        if let help = example.help { #expect(diagnostic.help == help) }
        #expect(diagnostic.severity == .error)
        #expect(!diagnostic.message.hasSuffix("."))
    }

    @Test func casesAreMany() {
        #expect(Self.cases.count >= 35)
    }

    @Test func invalidUTF8InSource() {
        var bytes = Array("show 1\nshow ".utf8)
        bytes.append(0xC3)  // a lead byte without its continuation
        bytes.append(contentsOf: Array("\nshow 2".utf8))
        var parser = Parser(file: SourceFile(path: "t.spark", bytes: bytes))
        var count = 0
        while parser.next() != nil { count += 1 }
        #expect(count == 2)
        #expect(parser.diagnostics.map(\.message) == ["invalid UTF-8 byte"])
        #expect(parser.diagnostics.first.map(TestSupport.place) == "2:6")
    }

    @Test func nulByte() {
        let bytes = Array("show 1\nsh".utf8) + [0] + Array("ow 2\nshow 3".utf8)
        var parser = Parser(file: SourceFile(path: "t.spark", bytes: bytes))
        var count = 0
        while parser.next() != nil { count += 1 }
        #expect(count == 2)
        #expect(parser.diagnostics.map(\.message) == ["unexpected NUL byte"])
        #expect(parser.diagnostics.first.map(TestSupport.place) == "2:3")
    }

    @Test func invalidUTF8InStringAndComment() {
        let bytes =
            Array("show \"a".utf8) + [0xFF] + Array("b\"\n// c".utf8) + [0xFE] + Array("\nshow 2".utf8)
        var parser = Parser(file: SourceFile(path: "t.spark", bytes: bytes))
        var count = 0
        while parser.next() != nil { count += 1 }
        #expect(count == 1)
        #expect(
            parser.diagnostics.map(\.message) == ["invalid UTF-8 byte in a string", "invalid UTF-8 byte"])
    }
}
