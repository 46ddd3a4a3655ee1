import Foundation
import Testing

@Suite struct CheckCommandTests {
    @Test func aCleanFileExitsZeroAndPrintsNothing() throws {
        let result = try SparkBinary.run(
            ["check", "-"], script: "creator @alice\nlet c = authorize video 42\n")
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty && result.stderr.isEmpty)
    }

    @Test func languageMdsStatementBlockAsWrittenExitsZero() throws {
        let directory = try ScratchDirectory()
        let block = try Self.languageBlock()
        let file = try directory.write("language.spark", block)
        let result = try SparkBinary.run(["check", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        // c1, c2 and c3 are never bound in the block: warned about, not refused.
        #expect(result.stderr.contains("warning: `c1` is used before it is bound"))
        #expect(result.stderr.hasSuffix("spark: 3 warnings, no errors\n"))
    }

    /// Every statement form, read from the fixture the syntax tests keep (Grammar.md's examples
    /// in one script).
    static func languageBlock() throws -> String {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../SparkSyntaxTests/Fixtures/language.spark")
        return try String(contentsOf: fixture, encoding: .utf8)
    }

    @Test func everyLineOfTheLanguageParses() throws {
        let directory = try ScratchDirectory()
        let file = try directory.write("language.spark", Self.languageStatements)
        let result = try SparkBinary.run(["check", file.path])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func syntaxErrorsExit65WithFileLineColumnSourceAndCaret() throws {
        let directory = try ScratchDirectory()
        let file = try directory.write("typo.spark", "creator @alice\nautorize video 42\n")
        let result = try SparkBinary.run(["check", file.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(file.path):2:1: error: "))
        #expect(result.stderr.contains("2 | autorize video 42"))
        #expect(result.stderr.contains("| ^~~~~~~~"))
        #expect(result.stderr.contains("help: did you mean `authorize`?"))
    }

    @Test func manyFilesInOneCallAndAMissingOneExits74() throws {
        let directory = try ScratchDirectory()
        let good = try directory.write("good.spark", "now\n")
        let result = try SparkBinary.run([
            "check", good.path, directory.url.appendingPathComponent("none.spark").path,
        ])
        #expect(result.status == 74)
        #expect(result.stderr.contains("cannot read"))
        #expect(result.stderr.contains("no such file or directory"))
    }

    @Test func aDirectoryIsNotAScript() throws {
        let directory = try ScratchDirectory()
        let result = try SparkBinary.run(["check", directory.url.path])
        #expect(result.status == 74)
        #expect(result.stderr.contains("it is a directory"))
    }

    @Test func usageErrorsExit64() throws {
        #expect(try SparkBinary.run(["check"]).status == 64)
        #expect(try SparkBinary.run(["run", "--format", "yaml", "x.spark"]).status == 64)
        #expect(try SparkBinary.run(["frobnicate"]).status == 64)
    }

    @Test func colourOnlyWhenAsked() throws {
        let script = "autorize video 42\n"
        let plain = try SparkBinary.run(["check", "-"], script: script)
        #expect(!plain.stderr.contains("\u{1B}["))
        let forced = try SparkBinary.run(["check", "--color", "always", "-"], script: script)
        #expect(forced.stderr.contains("\u{1B}["))
    }

    /// Grammar.md's statement forms, exactly as users rely on them.
    static let languageStatements = """
        start 2026-12-01
        advance 10d
        advance to 2027-01-15
        now
        creator @alice
        enable ad authorization for @alice
        disable ad authorization for @alice
        post video 42 by @alice "Winter haul"
        post story 43 by @alice "Behind the scenes"
        make video 42 private
        let c = authorize video 42 for 60d
        authorize video 42
        authorize video 42 for 7d as @bob
        extend c by 30d
        delete code c
        turn off ad authorization for video 42
        delete video 42
        brand acme "Acme Outdoor"
        redeem c as acme
        redeem #s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA= as acme
        let c1 = authorize video 42
        let c2 = authorize video 42
        let c3 = authorize video 42
        batch [c1, c2, c3] as acme
        campaign "winter" by acme {
          video 42
          budget $50 daily
          schedule 2026-12-02 to 2026-12-31
          target US, CA age 18-34
          url "https://acme.example/winter"
          cta "Shop now"
        }
        publish "winter"
        pause "winter"
        resume "winter"
        edit video 42 caption "New caption" as acme
        show c
        show video 42
        show campaign "winter"
        show @alice
        list codes
        list codes of @alice
        list codes in acme
        list codes expiring within 7d
        list videos by @alice
        list campaigns of acme
        expect c is active
        expect campaign "winter" is running
        expect video 42 is public
        expect likes of video 42 > 0
        expect error { redeem c as beta }
        expect error 4025 { redeem c as acme }
        expect error "Stories" { authorize video 43 }
        let v = 42
        include "common/setup.spark"
        repeat 20 as i { post video i by @alice }

        """
}

@Suite struct HelpCommandTests {
    @Test func helpWithACommandShowsItsOptions() throws {
        let result = try SparkBinary.run(["help", "run"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: spark run"))
        #expect(result.stdout.contains("--quiet"))
    }

    @Test func helpWithAStatementShowsItsSyntaxExampleAndScreen() throws {
        let result = try SparkBinary.run(["help", "authorize"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("authorize video ID [for 7d|30d|60d|365d] [as @HANDLE]"))
        #expect(result.stdout.contains("on TikTok: your video > ⋯ > Ad settings"))
    }

    @Test func helpWithAnUnknownTopicSuggestsOne() throws {
        let result = try SparkBinary.run(["help", "autorize"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("did you mean `authorize`?"))
    }
}
