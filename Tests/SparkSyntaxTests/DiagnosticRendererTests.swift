import Testing

@testable import SparkSyntax

@Suite struct DiagnosticRendererTests {
    let plain = DiagnosticRenderer(colors: false)

    private func diagnostic(_ text: String, _ needle: String, _ message: String = "code expired")
        -> Diagnostic
    {
        let file = SourceFile(path: "scripts/a.spark", text: text)
        let bytes = Array(text.utf8)
        let target = Array(needle.utf8)
        var start = 0
        while start + target.count <= bytes.count, Array(bytes[start..<(start + target.count)]) != target {
            start += 1
        }
        return Diagnostic(
            .error, message, file: file, range: SourceRange(start: start, end: start + target.count),
            notes: ["the code ran out on 2026-12-31"], help: "ask the creator for a new code", number: 4025)
    }

    @Test func rustcStyle() {
        let text = "let c = 1\n\nredeem c as acme\n"
        let rendered = plain.render(diagnostic(text, "c as"))
        #expect(
            rendered == """
                scripts/a.spark:3:8: error[4025]: code expired
                  3 | redeem c as acme
                    |        ^~~~
                note: the code ran out on 2026-12-31
                help: ask the creator for a new code

                """)
    }

    @Test func withoutNumberOrPlace() {
        #expect(plain.render(Diagnostic(.error, "no input files")) == "spark: error: no input files\n")
        let noRange = Diagnostic(.warning, "empty script", file: SourceFile(path: "x.spark", text: ""))
        #expect(plain.render(noRange) == "x.spark: warning: empty script\n")
        let unnumbered = Diagnostic(
            .error, "oops", file: SourceFile(path: "x.spark", text: "abc"), range: .init(start: 1, end: 2))
        #expect(plain.render(unnumbered).hasPrefix("x.spark:1:2: error: oops\n"))
    }

    @Test func tabsKeepTheCaretAligned() {
        let rendered = plain.render(diagnostic("\tredeem\tc as acme", "c"))
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1] == "  1 | \tredeem\tc as acme")
        #expect(lines[2] == "    | \t      \t^")
        #expect(lines[0].hasPrefix("scripts/a.spark:1:9:"))
    }

    @Test func multiByteCharactersCountAsOneColumn() {
        let rendered = plain.render(diagnostic("show \"héllo 😀\" c", "c"))
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0].hasPrefix("scripts/a.spark:1:16:"))
        #expect(lines[2] == "    |                ^")
    }

    @Test func crlfLines() {
        let rendered = plain.render(diagnostic("now\r\nshow x\r\n", "x"))
        #expect(rendered.hasPrefix("scripts/a.spark:2:6:"))
        #expect(rendered.contains("  2 | show x\n"))
    }

    @Test func colorsOnlyWhenAsked() {
        let d = diagnostic("redeem c as acme", "c")
        #expect(!plain.render(d).contains("\u{1B}["))
        let colored = DiagnosticRenderer(colors: true).render(d)
        #expect(colored.contains("\u{1B}[1;31merror[4025]\u{1B}[0m"))
        #expect(colored.contains("\u{1B}[36mnote\u{1B}[0m"))
        #expect(colored.contains("\u{1B}[32mhelp\u{1B}[0m"))
        #expect(colored.contains("\u{1B}[1mcode expired\u{1B}[0m"))
    }

    @Test func longLinesAreTruncatedAroundTheRange() {
        let text = String(repeating: "x", count: 5_000) + " target " + String(repeating: "y", count: 5_000)
        let rendered = plain.render(diagnostic(text, "target"))
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1].hasPrefix("  1 | …"))
        #expect(lines[1].hasSuffix("…"))
        #expect(lines[1].contains("target"))
        #expect(lines[1].count < 200)
        // The caret sits under `target` in the shortened line.
        let caretColumn = lines[2].firstIndex(of: "^").map {
            lines[2].distance(from: lines[2].startIndex, to: $0)
        }
        let targetColumn = lines[1].range(of: "target").map {
            lines[1].distance(from: lines[1].startIndex, to: $0.lowerBound)
        }
        #expect(caretColumn == targetColumn)
        #expect(lines[2].hasSuffix(" ^~~~~~"))
    }

    @Test func locationIsOneBased() {
        let file = SourceFile(path: "a", text: "ab\ncd\n")
        #expect(file.location(of: SourceRange(start: 0, end: 0)) == (1, 1))
        #expect(file.location(of: SourceRange(start: 4, end: 5)) == (2, 2))
        #expect(file.location(of: SourceRange(start: 6, end: 6)) == (3, 1))
    }

    @Test func parserDiagnosticsRender() {
        let parser = TestSupport.parser("now\nautorize video 42")
        let rendered = parser.diagnostics.map(plain.render).joined()
        #expect(
            rendered == """
                test.spark:2:1: error: unknown statement `autorize`
                  2 | autorize video 42
                    | ^~~~~~~~
                help: did you mean `authorize`?

                """)
    }

    @Test func controlCharactersInDiagnosticsAreEscapedForATerminalOnly() {
        let caption = "\u{1B}]0;PWNED\u{7}"
        let diagnostic = Diagnostic(
            .error, "expected caption == \"x\", but it is \"\(caption)\"", notes: [caption], help: caption)
        let terminal = DiagnosticRenderer(colors: false, escapesControls: true).render(diagnostic)
        #expect(!terminal.contains("\u{1B}") && !terminal.contains("\u{7}"))
        #expect(terminal.contains("\\u{1B}]0;PWNED\\u{7}"))
        let file = DiagnosticRenderer(colors: false).render(diagnostic)
        #expect(file.contains(caption))
    }
}
