import Foundation
import Testing

/// `spark test`'s options and report formats, each read by what CI reads them with: prove (Perl's
/// TAP harness), xmllint against the JUnit schema, a JSON parser.
@Suite struct TestReportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// Four scenarios: one passes, one fails a check, one stops at a runtime error with checks
    /// after it, one has a syntax error.
    func makeSuite() throws -> ScratchDirectory {
        let directory = try ScratchDirectory()
        let setup = "creator @alice\nenable ad authorization for @alice\npost video 42 by @alice\n"
        try directory.write(
            "s/a-good.spark", setup + "let c = authorize video 42\nexpect c is active\nexpect c is unused\n")
        try directory.write(
            "s/b-bad.spark",
            setup + "let c = authorize video 42\nexpect c is redeemed\nexpect days of c == 30\n")
        try directory.write(
            "s/c-broken.spark",
            setup
                + "let c = authorize video 42\nexpect c is active\nredeem c as nobody\nexpect c is redeemed\n"
                + "repeat 2 { expect c is active }\n")
        try directory.write("s/d-typo.spark", "creator @alice\nautorize video 7\nexpect 1 is active\n")
        return directory
    }

    static func run(_ arguments: [String], in directory: ScratchDirectory) throws -> SparkBinary.Result {
        try SparkBinary.run(arguments, directory: directory.url)
    }

    static func tool(_ path: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func has(_ tool: String) -> Bool { FileManager.default.isExecutableFile(atPath: tool) }

    @Test(.enabled(if: has("/usr/bin/prove"), "needs prove (perl)"))
    func tapIsReadByProve() throws {
        let suite = try makeSuite()
        let result = try Self.run(["test", "--format", "tap", "s"], in: suite)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("TAP version 14\n1..4\n# Subtest: s/a-good.spark\n    1..2\n"))
        #expect(
            result.stdout.contains(
                "    ok 2 - line 7: expect c is redeemed # SKIP not run: the scenario stopped at line 6"))
        #expect(
            result.stdout.contains(
                "not ok 4 - s/d-typo.spark\n  ---\n  message: \"unknown statement `autorize`\""))
        // Debian's Test::Harness (3.44) knows TAP up to version 13 and says so for a `TAP version 14`
        // line; everything else of TAP 14 is what 13 reads (subtests are indented, so a 13 parser
        // reads the file's points and passes over the checks). prove reads the rest as it is.
        let tap = try suite.write(
            "report.tap", result.stdout.replacingOccurrences(of: "TAP version 14", with: "TAP version 13"))
        let prove = try Self.tool("/usr/bin/prove", ["-v", "--exec", "cat", tap.path])
        #expect(prove.status != 0, "three files fail")
        #expect(prove.output.contains("Tests: 4 Failed: 3"), "\(prove.output)")
        #expect(prove.output.contains("Failed tests:  2-4"), "\(prove.output)")
        #expect(!prove.output.contains("Parse errors"), "\(prove.output)")
    }

    @Test(.enabled(if: has("/usr/bin/xmllint"), "needs xmllint (libxml2-utils)"))
    func junitValidatesAgainstTheSchemaCIServersUse() throws {
        let suite = try makeSuite()
        let report = suite.url.appendingPathComponent("report.xml")
        let result = try Self.run(["test", "--junit", report.path, "s"], in: suite)
        #expect(result.status == 1)
        let schema = Self.fixtures.appendingPathComponent("junit.xsd").path
        let lint = try Self.tool("/usr/bin/xmllint", ["--noout", "--schema", schema, report.path])
        #expect(lint.status == 0, "\(lint.output)")
        let xml = try String(contentsOf: report, encoding: .utf8)
        #expect(
            xml.contains("<testcase name=\"s/d-typo.spark:2: syntax error\" classname=\"s/d-typo.spark\""))
        #expect(xml.contains("type=\"syntax\">s/d-typo.spark:2:1: error: unknown statement `autorize`"))
        #expect(xml.contains("<testcase name=\"s/c-broken.spark:6: runtime error\""))
        #expect(
            xml.contains(
                "<skipped message=\"not run: the scenario stopped at line 6 with a runtime error\"/>"))
        #expect(
            xml.contains("<testcase name=\"line 8: expect c is active\""),
            "a check inside a repeat is skipped too")
        // Real times: the suite as a whole took more than nothing.
        let times = xml.components(separatedBy: " time=\"").dropFirst().compactMap {
            Double($0.prefix { $0 != "\"" })
        }
        #expect(times.count > 10)
        #expect(times.first ?? 0 > 0)
        // The same report on standard output with --format junit.
        let printed = try Self.run(["test", "--format", "junit", "s"], in: suite)
        #expect(Self.withoutTimes(printed.stdout) == Self.withoutTimes(xml))
    }

    @Test func jsonReportIsOneObjectPerFileAndCheckThenASummary() throws {
        let suite = try makeSuite()
        let result = try Self.run(["test", "--format", "json", "s"], in: suite)
        #expect(result.status == 1)
        let objects = try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let files = objects.filter { $0["type"] as? String == "file" }
        #expect(
            files.map { $0["file"] as? String } == [
                "s/a-good.spark", "s/b-bad.spark", "s/c-broken.spark", "s/d-typo.spark",
            ])
        #expect(
            files.map { $0["outcome"] as? String } == ["passed", "failed", "runtime error", "syntax error"])
        let checks = objects.filter { $0["type"] as? String == "check" }
        #expect(
            checks.map { $0["status"] as? String } == [
                "passed", "passed", "failed", "passed", "passed", "skipped", "skipped",
            ])
        #expect(checks[2]["source"] as? String == "expect c is redeemed")
        #expect(checks.allSatisfy { ($0["time"] as? Double) != nil })
        let summary = try #require(objects.last)
        #expect(summary["type"] as? String == "summary")
        #expect(summary["files"] as? Int == 4)
        #expect(summary["passed"] as? Int == 1)
        #expect(summary["checksFailed"] as? Int == 1)
        #expect(summary["checksSkipped"] as? Int == 2)
    }

    @Test func oneJobAndTwoJobsGiveTheSameReportsApartFromTimes() throws {
        let suite = try makeSuite()
        for format in ["text", "tap", "json", "junit"] {
            let one = try Self.run(["test", "--jobs", "1", "--format", format, "s"], in: suite)
            let two = try Self.run(["test", "--jobs", "2", "--format", format, "s"], in: suite)
            #expect(one.status == two.status)
            #expect(Self.withoutTimes(one.stdout) == Self.withoutTimes(two.stdout), "\(format)")
            #expect(one.stderr == two.stderr, "\(format)")
        }
        let bad = try Self.run(["test", "--jobs", "0", "s"], in: suite)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("`--jobs 0` is not a number of jobs"))
    }

    /// `time="0.000123"` and `"time":0.000123` become `time=T`.
    static func withoutTimes(_ text: String) -> String {
        text.replacingOccurrences(of: #"time(="|":)[0-9.]+"?"#, with: "time=T", options: .regularExpression)
    }

    @Test func filterTakesAPathOrTheTextOfAnExpectation() throws {
        let suite = try makeSuite()
        let byPath = try Self.run(["test", "--filter", "a-good", "s"], in: suite)
        #expect(byPath.status == 0)
        #expect(byPath.stdout == "✓ s/a-good.spark (2 checks)\n1 passed, 0 failed\n")
        // `days of c` is only in b-bad, whose other check fails: only the matching one decides.
        let byCheck = try Self.run(["test", "--filter", "days of c", "--format", "tap", "s"], in: suite)
        #expect(byCheck.status == 0, "\(byCheck.stdout)")
        #expect(
            byCheck.stdout.contains(
                "1..1\n# Subtest: s/b-bad.spark\n    1..1\n    ok 1 - line 6: expect days of c == 30\nok 1"))
        let none = try Self.run(["test", "--filter", "no such thing", "s"], in: suite)
        #expect(none.status == 1)
        #expect(none.stderr.contains("no scenario matches `--filter no such thing`: none of the 4 files"))
    }

    @Test func failFastStartsNoScenarioAfterAFailure() throws {
        let suite = try makeSuite()
        try suite.write("s/0-first-fails.spark", "creator @alice\nexpect @alice is ads-enabled\n")
        let result = try Self.run(["test", "--fail-fast", "--jobs", "1", "s"], in: suite)
        #expect(result.status == 1)
        #expect(
            result.stdout.hasPrefix("✗ s/0-first-fails.spark (1 of 1 check failed)\n0 passed, 1 failed\n"))
        #expect(result.stdout.contains("--fail-fast: stopped at the first failure, 4 not run"))
        let tap = try Self.run(["test", "--fail-fast", "--jobs", "1", "--format", "tap", "s"], in: suite)
        #expect(tap.stdout.hasSuffix("Bail out! --fail-fast: stopped at the first failure, 4 not run\n"))
    }

    @Test func noScenarioFoundFailsSayingWhereItLooked() throws {
        let suite = try makeSuite()
        try suite.write("empty/_shared.spark", "creator @alice\n")
        let result = try Self.run(["test", "empty"], in: suite)
        #expect(result.status == 1)
        #expect(result.stderr.contains("no scenario found under `empty`: looked for files ending in .spark"))
        #expect(!result.stdout.contains("0 passed"))
    }

    @Test func standardInputIsAScenario() throws {
        let script = "creator @alice\nenable ad authorization for @alice\nexpect @alice is ads-enabled\n"
        let result = try SparkBinary.run(["test", "-"], script: script)
        #expect(result.status == 0)
        #expect(result.stdout == "✓ <stdin> (1 check)\n1 passed, 0 failed\n")
    }

    @Test func coverageListsTheRulesASuiteNeverExercised() throws {
        let suite = try makeSuite()
        let result = try Self.run(["test", "--coverage", "s/a-good.spark"], in: suite)
        #expect(result.status == 0)
        let text = result.stdout
        #expect(text.contains("rule coverage: "))
        // The code is generated and checked, never let expire.
        #expect(text.contains("  rule 12  0  an expired code stops the ads that use it"))
        #expect(text.contains("not exercised:\n"))
        #expect(text.contains("\n  rule 12: an expired code stops the ads that use it\n"))
        #expect(text.contains("  rule  4  1  durations are 7, 30, 60 or 365 days"))
        let expiring = try suite.write(
            "expiring.spark",
            "creator @alice\nenable ad authorization for @alice\npost video 42 by @alice\n"
                + "let c = authorize video 42 for 7d\nadvance 8d\nexpect c is expired\n")
        let expired = try Self.run(["test", "--coverage", "--format", "json", expiring.path], in: suite)
        let last = try #require(expired.stdout.split(separator: "\n").last)
        let coverage = try #require(try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any])
        #expect(coverage["type"] as? String == "coverage")
        let rules = try #require(coverage["rules"] as? [[String: Any]])
        #expect(rules.count == 22)
        #expect(rules[11]["rule"] as? Int == 12)
        #expect(rules[11]["statements"] as? Int == 1)
        #expect((coverage["unexercised"] as? [Int])?.contains(12) == false)
    }

    @Test func theProjectsScenariosExerciseEveryRule() throws {
        let root = Self.fixtures.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let result = try SparkBinary.run(["test", "--coverage", "Scripts/"], directory: root)
        #expect(result.status == 0)
        #expect(result.stdout.contains("rule coverage: 22 of 22 rules exercised\n"))
        #expect(result.stdout.hasSuffix("every rule was exercised\n"))
    }
}
