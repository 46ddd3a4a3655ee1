import Foundation
import Testing

@testable import SparkSyntax

/// The language table and what is generated from it.
@Suite struct LanguageTableTests {
    /// `python3 Scripts/generate-keywords.py` writes these files from the table; regenerated here in
    /// memory, they must be what is checked in.
    @Test func generatedFilesAreInStepWithTheTable() throws {
        let files = Language.generatedFiles
        #expect(
            files.map(\.path) == [
                "Sources/SparkSyntax/Keyword.swift", "Sources/SparkSyntax/Keyword+Classify.swift",
                "Sources/SparkSyntax/Parser+Dispatch.swift", "Editors/spark-words.json",
            ])
        for (path, text) in files {
            let written = try String(
                contentsOf: TestSupport.repositoryRoot.appendingPathComponent(path), encoding: .utf8)
            #expect(
                written == text, "\(path) differs from the table: run `python3 Scripts/generate-keywords.py`")
        }
    }

    /// Every literal word of every form is a keyword the lexer recognises, and nothing else is.
    @Test func theKeywordsAreTheTablesWords() {
        let spellings = Keyword.allCases.filter { $0 != .none }.map(\.spelling)
        #expect(spellings == Language.keywords)
        for word in Language.keywords {
            #expect(TestSupport.tokens(word).tokens.first?.keyword.spelling == word, "\(word)")
        }
    }

    @Test func statementWordsAreUniqueAndEachBeginsAStatement() {
        let words = Language.statementWords
        #expect(Set(words).count == words.count)
        #expect(words.count == 35)
        for form in Language.statements {
            #expect(form.patterns.allSatisfy { $0.first == .words([form.word]) }, "\(form.word)")
        }
        let beginning = Keyword.allCases.filter(\.beginsStatement).map(\.spelling)
        // Keyword order is first use in the table: `for` is used (in `enable ... for`) before the
        // statement it begins.
        #expect(Set(beginning) == Set(words))
        #expect(beginning.count == words.count)
        #expect(Parser.statementWords == words)
    }

    @Test func everyFormReadsIntoPatterns() {
        let optional = Language.Notation.read("list codes [of HANDLE | in BRAND]")
        #expect(
            optional == [
                .words(["list"]), .words(["codes"]),
                .optional([.choice([[.words(["of"]), .slot(.handle)], [.words(["in"]), .slot(.brand)]])]),
            ])
        #expect(
            Language.Notation.read("make video VIDEO public|private") == [
                .words(["make"]), .words(["video"]), .slot(.video), .words(["public", "private"]),
            ])
        for form in Language.statements + Language.campaignFields {
            #expect(form.patterns.count == form.notation.count)
            #expect(form.patterns.allSatisfy { !$0.isEmpty }, "\(form.word)")
        }
        #expect(
            Language.statement("delete")?.syntax
                == "delete code CODE | delete video ID | delete campaign \"CAMPAIGN\"")
        #expect(Language.statement("for")?.syntax == "for NAME in LIST { ... }")
        #expect(Language.statement("list")?.syntax.hasPrefix("list codes [of @HANDLE | in BRAND |") == true)
    }

    @Test func groupsCoverEveryStatementOnce() {
        let grouped = HelpTopics.groups.flatMap(\.statements)
        #expect(grouped.sorted() == Language.statementWords.sorted())
        #expect(HelpTopics.groups.map(\.name) == Language.groups.map(\.name))
        #expect(HelpTopics.words.contains("authorize") && HelpTopics.words.contains("troubleshooting"))
    }

    /// Region and age limits are the model's (checked at `publish`); the parser takes the shape only.
    @Test func domainLimitsAreLeftToTheModel() {
        let (statements, diagnostics) = TestSupport.parse(
            "brand acme\ncampaign \"w\" by acme {\n  target us, CAN age 5-300\n}", checked: false)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        guard case .campaign(_, _, let fields) = statements.last?.kind,
            case .target(let regions, let ages) = fields.first?.kind
        else {
            Issue.record("expected a campaign with a target")
            return
        }
        #expect(regions.map(\.name) == ["us", "CAN"])
        #expect(ages?.minimum == 5 && ages?.maximum == 300)
        // An age past `Int` is clamped, never a crash; the model refuses it.
        let huge = TestSupport.parse(
            "brand acme\ncampaign \"w\" by acme { target US age 13-9999999999999999999 }", checked: false)
        #expect(huge.diagnostics.isEmpty)
        // A range that runs backwards is still the parser's: it is the shape, not a limit.
        let backwards = TestSupport.parse("brand acme\ncampaign \"w\" by acme { target US age 30-18 }")
        #expect(backwards.diagnostics.map(\.message) == ["the age range runs backwards"])
    }

    @Test func statesAndPropertiesAreListedPerKind() {
        #expect(Language.states(of: .account) == ["ads-enabled"])
        #expect(Language.propertyWords.contains("ad_auth_status"))
        for word in ["state", "completions", "library", "videos"] {
            #expect(Language.propertyWords.contains(word), "\(word)")
        }
        #expect(Parser.stateWords == Language.stateWords)
        #expect(Set(Language.stateWords).count == Language.stateWords.count)
    }
}
