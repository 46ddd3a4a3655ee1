import Foundation
import Testing

@Suite struct RunCommandTests {
    static let scenario = """
        creator @alice; enable ad authorization for @alice
        post video 42 by @alice "Winter haul"
        let c = authorize video 42 for 60d
        brand acme; redeem c as acme
        expect c is redeemed

        """

    @Test func printsAResultLinePerStatementAndExitsZero() throws {
        let result = try SparkBinary.run(["run", "-"], script: Self.scenario)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines[3].hasPrefix("code #") && lines[3].hasSuffix("expires 2026-03-02 00:00 UTC"))
        #expect(result.stderr.isEmpty)
    }

    @Test func runsAreReproducibleAndSeedsChangeCodes() throws {
        let first = try SparkBinary.run(["run", "-"], script: Self.scenario)
        let second = try SparkBinary.run(["run", "-"], script: Self.scenario)
        let seeded = try SparkBinary.run(["run", "--seed", "7", "-"], script: Self.scenario)
        #expect(first.stdout == second.stdout)
        #expect(first.stdout != seeded.stdout)
    }

    @Test func startMovesTheClock() throws {
        let result = try SparkBinary.run(["run", "--start", "2026-12-01T09:30Z", "-"], script: "now\n")
        #expect(result.stdout == "2026-12-01 09:30 UTC\n")
        let bad = try SparkBinary.run(["run", "--start", "tomorrow", "-"], script: "now\n")
        #expect(bad.status == 64)
    }

    @Test func quietPrintsOnlyFailures() throws {
        let quiet = try SparkBinary.run(["run", "--quiet", "-"], script: Self.scenario)
        #expect(quiet.status == 0 && quiet.stdout.isEmpty && quiet.stderr.isEmpty)
        let failing = try SparkBinary.run(["run", "-q", "-"], script: Self.scenario + "expect c is unused\n")
        #expect(failing.status == 1)
        #expect(failing.stdout.isEmpty)
        #expect(failing.stderr.contains("<stdin>:6:1: error: expected `c` to be unused"))
        #expect(failing.stderr.contains("6 | expect c is unused"))
    }

    @Test func aRuntimeErrorStopsTheRunWithHelpAndExitsOne() throws {
        let result = try SparkBinary.run(
            ["run", "-"], script: "creator @alice\npost video 42 by @alice\nauthorize video 42\nnow\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("<stdin>:3:1: error:"))
        #expect(result.stderr.contains("help: "))
        #expect(!result.stdout.contains("2026-01-01 00:00 UTC\n"))
    }

    @Test func syntaxErrorsExit65AndRunNothing() throws {
        let result = try SparkBinary.run(["run", "-"], script: "creator @alice\nredeem c as\n")
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
    }

    @Test func aMissingFileExits74() throws {
        let result = try SparkBinary.run(["run", "/nonexistent/x.spark"])
        #expect(result.status == 74)
        #expect(result.stderr.contains("cannot read `/nonexistent/x.spark`: no such file or directory"))
    }

    @Test func jsonPrintsOneObjectPerLineWithTheDocumentedFields() throws {
        let script = Self.scenario + "advance 1d\nexpect c is unused\nauthorize video 99\n"
        let result = try SparkBinary.run(
            ["run", "--format", "json", "--start", "2026-01-01", "-"], script: script)
        #expect(result.status == 1)
        let objects = try result.stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        let types = objects.compactMap { $0["type"] as? String }
        #expect(Set(types) == ["result", "check", "diagnostic"])
        let result0 = try #require(objects.first)
        #expect(result0["file"] as? String == "<stdin>")
        #expect(result0["line"] as? Int == 1 && result0["column"] as? Int == 1)
        #expect(result0["text"] as? String == "@alice joined TikTok (personal account)")
        let checks = objects.filter { $0["type"] as? String == "check" }
        #expect(checks.map { $0["passed"] as? Bool } == [true, false])
        #expect(checks[1]["source"] as? String == "expect c is unused")
        #expect((checks[1]["message"] as? String)?.hasPrefix("expected `c` to be unused") == true)
        let diagnostic = try #require(objects.last)
        #expect(diagnostic["type"] as? String == "diagnostic")
        #expect(diagnostic["severity"] as? String == "error")
        #expect(diagnostic["line"] as? Int == 8)
        #expect(diagnostic["help"] is String)
        #expect(diagnostic["notes"] is [Any])
    }

    @Test func standardInputIsAScriptWhenItIsNotATerminal() throws {
        let result = try SparkBinary.run([], script: "now\n")
        #expect(result.status == 0)
        #expect(result.stdout == "2026-01-01 00:00 UTC\n")
    }
}
