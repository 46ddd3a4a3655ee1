import Foundation
import Testing

@testable import SparkSyntax

/// Shared helpers: parsing text, lexing text, finding fixtures next to this file.
enum TestSupport {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let fixtures = testsDirectory.appendingPathComponent("Fixtures")
    static let repositoryRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()

    static func file(_ text: String, path: String = "test.spark") -> SourceFile {
        SourceFile(path: path, text: text)
    }

    static func parse(_ text: String, checked: Bool = true) -> (
        statements: [Statement], diagnostics: [Diagnostic]
    ) {
        var parser = Parser(file: file(text), checker: checked ? StaticChecker() : nil)
        var statements: [Statement] = []
        while let statement = parser.next() { statements.append(statement) }
        return (statements, parser.diagnostics)
    }

    static func parser(_ text: String) -> Parser {
        var parser = Parser(file: file(text))
        while parser.next() != nil {}
        return parser
    }

    /// Every token of `text` up to (not including) the end.
    static func tokens(_ bytes: [UInt8]) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        let source = SourceFile(path: "t.spark", bytes: bytes)
        var lexer = Lexer(file: source)
        var tokens: [Token] = []
        bytes.withUnsafeBufferPointer { buffer in
            lexer.buffer = buffer
            while true {
                let token = lexer.next()
                if token.kind == .end { break }
                tokens.append(token)
            }
        }
        return (tokens, lexer.diagnostics)
    }

    static func tokens(_ text: String) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        tokens(Array(text.utf8))
    }

    /// `line:col` of a diagnostic's range.
    static func place(_ diagnostic: Diagnostic) -> String {
        guard let file = diagnostic.file, let range = diagnostic.range else { return "-" }
        let (line, column) = file.location(of: range)
        return "\(line):\(column)"
    }

    static func dump(_ statements: [Statement]) -> String {
        statements.map { $0.dump() }.joined()
    }
}
