import Foundation
import Testing

@testable import SparkSyntax

/// Grammar.md and the parser cannot drift apart: every EBNF rule has a function that carries it, word
/// for word, as a `// rule = ... ;` comment, and every parse (and lex) function carries a rule.
@Suite struct GrammarRuleTests {
    /// A rule: its name and its text with `(* comments *)` dropped and spaces collapsed.
    struct Rule: Equatable, CustomStringConvertible {
        var name: String
        var text: String
        var description: String { text }
    }

    /// Rules from the lines of an EBNF block or a comment: a rule starts at `name =` and runs to the
    /// line that ends with `;`.
    static func rules(in lines: [String]) -> [Rule] {
        var rules: [Rule] = []
        var open: String?
        for line in lines {
            let text = line.replacingOccurrences(of: #"\(\*.*?\*\)"#, with: "", options: .regularExpression)
                .trimmingCharacters(in: .whitespaces)
            if open == nil, text.range(of: #"^[A-Za-z][A-Za-z-]*\s+="#, options: .regularExpression) != nil {
                open = text
            } else if let started = open {
                open = started + " " + text
            }
            if let rule = open, rule.hasSuffix(";") {
                let collapsed = rule.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                let name = String(collapsed.prefix { $0 != " " })
                rules.append(Rule(name: name, text: collapsed))
                open = nil
            }
        }
        return rules
    }

    static func grammarRules() throws -> [Rule] {
        try LanguageTests.grammarBlocks().filter { $0.info == "ebnf" }.flatMap { block in
            rules(in: block.body.split(separator: "\n").map(String.init))
        }
    }

    /// Each function of Sources/SparkSyntax with the rules in the `//` comments just above it.
    static func functions() throws -> [(name: String, file: String, rules: [Rule])] {
        let directory = TestSupport.repositoryRoot.appendingPathComponent("Sources/SparkSyntax")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter {
            $0.hasSuffix(".swift")
        }
        var found: [(String, String, [Rule])] = []
        for file in files.sorted() {
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            var comment: [String] = []
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("///") || trimmed.hasPrefix("@") {
                    continue
                } else if trimmed.hasPrefix("//") {
                    comment.append(String(trimmed.dropFirst(2)))
                } else if let match = trimmed.range(of: #"func [a-zA-Z]+"#, options: .regularExpression) {
                    let name = String(trimmed[match].dropFirst(5))
                    found.append((name, file, rules(in: comment)))
                    comment = []
                } else {
                    comment = []
                }
            }
        }
        return found
    }

    @Test func everyGrammarRuleIsCarriedWordForWordByAFunction() throws {
        let grammar = try Self.grammarRules()
        #expect(grammar.count >= 50)
        let carried = try Self.functions().flatMap { function in function.rules.map { (function.name, $0) } }
        for rule in grammar {
            let carriers = carried.filter { $0.1.name == rule.name }
            #expect(!carriers.isEmpty, "no function carries the rule `\(rule.name)`")
            for (function, copy) in carriers {
                #expect(copy == rule, "\(function) carries `\(rule.name)` differently from Grammar.md")
            }
        }
        #expect(Set(grammar.map(\.name)).count == grammar.count, "a rule is defined twice")
    }

    @Test func everyParseFunctionCarriesAGrammarRule() throws {
        let names = Set(try Self.grammarRules().map(\.name))
        let functions = try Self.functions()
        // `parseStart`, `lexWord`, ...; not the whole-script conveniences named just `parse`.
        let parsing = functions.filter {
            $0.name.range(of: "^(parse|lex)[A-Z]", options: .regularExpression) != nil
        }
        #expect(parsing.count >= 40)
        for function in parsing {
            #expect(
                !function.rules.isEmpty, "\(function.file): \(function.name) carries no rule of Grammar.md")
        }
        for function in functions {
            for rule in function.rules {
                #expect(
                    names.contains(rule.name), "\(function.name) carries `\(rule.name)`, not in Grammar.md")
            }
        }
    }

    /// The table's dispatch names parse functions that exist and each carry a rule.
    @Test func everyStatementOfTheTableHasAParseFunctionWithARule() throws {
        let functions = try Self.functions()
        for form in Language.statements {
            let function = functions.first { $0.name == form.parse }
            #expect(
                function?.rules.isEmpty == false, "`\(form.word)`: \(form.parse) is missing or has no rule")
        }
    }
}
