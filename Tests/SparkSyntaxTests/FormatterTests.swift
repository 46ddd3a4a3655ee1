import Foundation
import Testing

@testable import SparkSyntax

/// `spark fmt`'s layout rules, and its two promises on every script of the repository: it never
/// changes meaning (the AST before and after is the same), and formatting twice changes nothing.
@Suite struct FormatterTests {
    static func format(_ text: String) -> String? {
        guard case .formatted(let bytes) = SourceFormatter.format(SourceFile(path: "t.spark", text: text))
        else {
            return nil
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test(arguments: [
        ("let x=42", "let x = 42\n"),
        ("expect likes of video 42>0", "expect likes of video 42 > 0\n"),
        ("expect status of c  ==  \"NOT_USED\"", "expect status of c == \"NOT_USED\"\n"),
        ("batch [ c1 ,c2 ] as acme", "batch [c1, c2] as acme\n"),
        ("campaign \"d\" by acme {  }", "campaign \"d\" by acme {}\n"),
        (
            "campaign \"s\" by acme {video 1;budget $5 daily}",
            "campaign \"s\" by acme { video 1; budget $5 daily }\n"
        ),
        (
            "campaign \"w\" by acme {\nvideo 1\n      target US,CA age 18 - 34\n}",
            "campaign \"w\" by acme {\n  video 1\n  target US, CA age 18-34\n}\n"
        ),
        (
            "repeat 2 as i {\n{\npost video i by @a\n}\n}",
            "repeat 2 as i {\n  {\n    post video i by @a\n  }\n}\n"
        ),
        ("batch [\nc1,\nc2\n] as acme", "batch [\n  c1,\n  c2\n] as acme\n"),
        ("\n\n\nnow\n\n\n\nnow\n\n\n", "now\n\nnow\n"),
        ("now   \t", "now\n"),
        ("expect error{ redeem c as beta }", "expect error { redeem c as beta }\n"),
        ("let x=(1+2)*3-4/ 2", "let x = (1 + 2) * 3 - 4 / 2\n"),
        ("let x = 1\n+ 2\n        * 3", "let x = 1\n  + 2\n  * 3\n"),
        ("{\nlet x = 1\n+ 2\n}", "{\n  let x = 1\n    + 2\n}\n"),
        ("expect ( likes of video 42-100 )*2>0", "expect (likes of video 42 - 100) * 2 > 0\n"),
        ("creator @\"fan{i}\" ;brand \"b{i}\"", "creator @\"fan{i}\"; brand \"b{i}\"\n"),
    ])
    func canonicalLayout(input: String, expected: String) {
        #expect(Self.format(input) == expected)
    }

    @Test func commentsStayWhereTheyWereWithTheirAlignment() {
        let input = "// top\n  creator @pat      // aligned\n{\n// inside\nnow // after\n}\n"
        #expect(
            Self.format(input) == "// top\ncreator @pat      // aligned\n{\n  // inside\n  now // after\n}\n")
    }

    @Test func crlfFilesStayCRLF() {
        #expect(Self.format("let x=1\r\n\r\n\r\nnow") == "let x = 1\r\n\r\nnow\r\n")
    }

    @Test func aMultiLineStringIsLeftAsWritten() {
        let input = "post video 1 by @a \"one\n   two\"   public\n"
        #expect(Self.format(input) == "post video 1 by @a \"one\n   two\" public\n")
    }

    @Test func aByteOrderMarkStays() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("  now\n".utf8)
        guard case .formatted(let output) = SourceFormatter.format(SourceFile(path: "t", bytes: bytes)) else {
            Issue.record("refused")
            return
        }
        #expect(output == [0xEF, 0xBB, 0xBF] + Array("now\n".utf8))
    }

    @Test func theResultIsCheckedToHaveTheSameTokens() {
        // What a careless rule could do: `a -b` joined into the word `a-b`, `1000 - 1` into a date.
        let same = { (left: String, right: String) in
            SourceFormatter.sameTokens(SourceFile(path: "a", text: left), SourceFile(path: "b", text: right))
        }
        #expect(!same("a -b", "a-b"))
        #expect(!same("2026 -12-01", "2026-12-01"))
        #expect(!same("now // x", "now"))
        #expect(same("a  -b\n\n\nnow", "a -b\nnow\n"))
    }

    @Test(arguments: ["autorize video 42", "campaign \"w\" by acme {", "post video 42 by @a \"open", "now !"])
    func syntaxErrorsAreRefusedWithTheirDiagnostics(input: String) {
        guard case .refused(let diagnostics) = SourceFormatter.format(SourceFile(path: "t", text: input))
        else {
            Issue.record("formatted a script with a syntax error")
            return
        }
        #expect(!diagnostics.isEmpty)
    }

    @Test func staticCheckWarningsDoNotStopFormatting() {
        #expect(Self.format("show  c") == "show c\n")
    }

    // MARK: every script of the repository

    static let repositoryScripts: [URL] = {
        let root = TestSupport.repositoryRoot
        var found: [URL] = []
        for directory in ["Scripts", "Lessons", "Tests"] {
            let enumerator = FileManager.default.enumerator(
                at: root.appendingPathComponent(directory), includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                if url.pathExtension == "spark" { found.append(url) }
            }
        }
        return found.sorted { $0.path < $1.path }
    }()

    /// Every ```spark block of Grammar.md, as scripts too.
    static let grammarBlocks: [String] = {
        let grammar =
            (try? String(
                contentsOf: TestSupport.repositoryRoot.appendingPathComponent("Grammar.md"), encoding: .utf8))
            ?? ""
        return grammar.components(separatedBy: "```spark\n").dropFirst().compactMap {
            $0.components(separatedBy: "```").first
        }
    }()

    @Test func theRepositoryHasScriptsToFormat() {
        #expect(Self.repositoryScripts.count > 30)
        #expect(Self.grammarBlocks.count >= 8)
    }

    @Test(arguments: repositoryScripts)
    func formattingAScriptKeepsItsMeaningAndIsIdempotent(url: URL) throws {
        let bytes = Array(try Data(contentsOf: url))
        try Self.checkFormatting(bytes, name: url.lastPathComponent)
    }

    @Test(arguments: grammarBlocks)
    func formattingGrammarExamplesKeepsTheirMeaning(block: String) throws {
        try Self.checkFormatting(Array(block.utf8), name: "Grammar.md")
    }

    /// The script as written and a scrambled copy (every line re-indented, spaces doubled, blank
    /// lines tripled, CRLF) must both format to something that parses to the same AST, and
    /// formatting that result again must change nothing.
    static func checkFormatting(_ bytes: [UInt8], name: String) throws {
        let original = SourceFile(path: name, bytes: bytes)
        guard SourceFormatter.syntaxErrors(in: original).isEmpty else { return }  // refused: tested above
        let scrambled = scramble(original)
        for input in [original, scrambled] {
            guard case .formatted(let once) = SourceFormatter.format(input) else {
                Issue.record("\(name): refused")
                return
            }
            #expect(
                shape(of: SourceFile(path: name, bytes: once)) == shape(of: original),
                "\(name): meaning changed")
            guard case .formatted(let twice) = SourceFormatter.format(SourceFile(path: name, bytes: once))
            else {
                Issue.record("\(name): refused its own output")
                return
            }
            #expect(twice == once, "\(name): not idempotent")
        }
        // The scrambled copy is CRLF: its formatted form is the formatted original with CRLF.
        if case .formatted(let plain) = SourceFormatter.format(original),
            case .formatted(let fromScrambled) = SourceFormatter.format(scrambled)
        {
            let crlf = String(decoding: plain, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n")
            #expect(
                String(decoding: fromScrambled, as: UTF8.self)
                    == crlf.replacingOccurrences(of: "\r\r\n", with: "\r\n"))
        }
    }

    /// The AST dump without byte offsets: what a script means, not where it was written.
    static func shape(of file: SourceFile) -> String {
        let (statements, _) = Parser.parse(file)
        let dump = statements.map { $0.dump() }.joined()
        return dump.replacingOccurrences(of: #"@\d+\.\.<\d+"#, with: "@", options: .regularExpression)
    }

    /// The same tokens laid out badly: odd indentation, extra spaces, extra blank lines, CRLF.
    static func scramble(_ file: SourceFile) -> SourceFile {
        guard let pieces = LayoutTokens.pieces(of: file) else { return file }
        var output: [UInt8] = []
        var lineStart = true
        for (index, piece) in pieces.enumerated() {
            switch piece.kind {
            case .newline:
                output += Array("\r\n".utf8)
                // A blank line becomes three (one of them with spaces on it).
                if index + 1 < pieces.count, pieces[index + 1].kind == .newline {
                    output += Array("\r\n   \r\n".utf8)
                }
                lineStart = true
            case .comment:
                output += file.bytes[piece.gapStart..<piece.end]
                lineStart = false
            case .token:
                // A line break that is no token (a value continued on a line starting with an
                // operator) stays a line break.
                let gap = index > 0 ? file.bytes[pieces[index - 1].end..<piece.start] : []
                if gap.contains(where: { $0 == 0x0A || $0 == 0x0D }) { output += Array("\r\n".utf8) }
                output += Array(repeating: UInt8(ascii: " "), count: lineStart ? index % 5 : 2)
                output += file.bytes[piece.start..<piece.end]
                lineStart = false
            }
        }
        return SourceFile(path: file.path, bytes: output)
    }
}
