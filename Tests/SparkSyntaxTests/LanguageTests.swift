import Foundation
import Testing

@testable import SparkSyntax

/// The documented surface parses: the statement block of `Fixtures/language.spark` and every example
/// in Grammar.md.
@Suite struct LanguageTests {
    @Test func languageBlockParsesWithoutDiagnostics() throws {
        let text = try String(
            contentsOf: TestSupport.fixtures.appendingPathComponent("language.spark"), encoding: .utf8)
        let (statements, diagnostics) = TestSupport.parse(text, checked: false)
        #expect(diagnostics.isEmpty, "\(diagnostics.map { DiagnosticRenderer(colors: false).render($0) })")
        let statementLines = text.split(separator: "\n").filter {
            let line = $0.trimmingCharacters(in: .whitespaces)
            return !line.isEmpty && !line.hasPrefix("//") && !line.hasPrefix("}") && !line.hasPrefix("video")
                && !line.hasPrefix("budget") && !line.hasPrefix("schedule") && !line.hasPrefix("target")
                && !line.hasPrefix("url") && !line.hasPrefix("cta")
        }
        #expect(statements.count == statementLines.count)
    }

    /// The block lists forms, not a runnable script: the only names it uses unbound are c1 c2 c3,
    /// and they are warnings, so `spark check` on the block exits 0.
    @Test func languageBlockUnboundNamesAreTheBatchCodes() throws {
        let text = try String(
            contentsOf: TestSupport.fixtures.appendingPathComponent("language.spark"), encoding: .utf8)
        let (_, diagnostics) = TestSupport.parse(text)
        #expect(
            diagnostics.map(\.message) == [
                "`c1` is used before it is bound", "`c2` is used before it is bound",
                "`c3` is used before it is bound",
            ])
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
    }

    static func grammarBlocks() throws -> [(info: String, body: String)] {
        let text = try String(
            contentsOf: TestSupport.repositoryRoot.appendingPathComponent("Grammar.md"), encoding: .utf8)
        var blocks: [(String, String)] = []
        var current: (String, [Substring])?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if var open = current {
                if line == "```" {
                    blocks.append((open.0, open.1.joined(separator: "\n") + "\n"))
                    current = nil
                } else {
                    open.1.append(line)
                    current = open
                }
            } else if line.hasPrefix("```") {
                current = (String(line.dropFirst(3)), [])
            }
        }
        return blocks
    }

    @Test func grammarExamplesParse() throws {
        let blocks = try Self.grammarBlocks().filter { $0.info == "spark" }
        #expect(blocks.count >= 8)
        for block in blocks {
            let (statements, diagnostics) = TestSupport.parse(block.body)
            #expect(
                diagnostics.isEmpty,
                "\(block.body)\n\(diagnostics.map { DiagnosticRenderer(colors: false).render($0) })")
            #expect(!statements.isEmpty)
        }
    }

    @Test func grammarErrorExamplesFail() throws {
        let blocks = try Self.grammarBlocks().filter { $0.info == "spark-error" }
        #expect(blocks.count >= 3)
        for block in blocks {
            #expect(!TestSupport.parse(block.body).diagnostics.isEmpty, "\(block.body)")
        }
    }

    @Test(arguments: ["", "\n\n\n", "// only a comment", "// one\n   // two\r\n\t// three\n", ";;\n;"])
    func emptyInputs(text: String) {
        let (statements, diagnostics) = TestSupport.parse(text)
        #expect(statements.isEmpty)
        #expect(diagnostics.isEmpty)
    }

    @Test func campaignOnOneLine() {
        let (statements, diagnostics) = TestSupport.parse(
            "brand acme; campaign \"s\" by acme { video 1; budget $50 daily; schedule 2026-12-02 to 2026-12-31 }"
        )
        #expect(diagnostics.isEmpty)
        guard case .campaign(_, let brand, let fields)? = statements.last?.kind else {
            Issue.record("not a campaign")
            return
        }
        #expect(brand.written?.name == "acme")
        #expect(fields.count == 3)
    }

    @Test func letBindsStatementsAndValues() {
        let (statements, diagnostics) = TestSupport.parse(
            "let c = authorize video 42 for 7d\nlet v = 42\nlet w = campaign \"w\"")
        #expect(diagnostics.isEmpty)
        guard statements.count == 3, case .bind(_, let first) = statements[0].kind,
            case .bind(_, let second) = statements[1].kind,
            case .bind(_, let third) = statements[2].kind
        else {
            Issue.record("expected three bindings")
            return
        }
        guard case .authorize = first.kind, case .expression = second.kind,
            case .expression(let reference) = third.kind,
            case .campaign = reference.kind
        else {
            Issue.record("wrong bound statements")
            return
        }
    }

    @Test func streamingKeepsNoTokenArray() {
        // A large input parses statement by statement; the parser yields them in order.
        let text = String(repeating: "now\n", count: 10_000)
        var parser = Parser(file: TestSupport.file(text))
        var count = 0
        while let statement = parser.next() {
            guard case .now = statement.kind else { break }
            count += 1
        }
        #expect(count == 10_000)
    }
}
