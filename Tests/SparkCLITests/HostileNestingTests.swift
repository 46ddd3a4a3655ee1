import Foundation
import Testing

/// Issue 12, stack overflows: every recursion of the parser and the evaluator has a depth limit and
/// a diagnostic with a place, so no input can exhaust the stack (exit 139).
@Suite struct HostileNestingTests {
    static func expectRefused(_ script: String, _ message: String, at place: String) throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write("deep.spark", script)
        for command in ["check", "run"] {
            let result = try SparkBinary.run([command, file.path])
            #expect(result.status == 65, "\(command): \(result.status)")
            #expect(result.stderr.contains("deep.spark:\(place): error: \(message)"), "\(command)")
        }
    }

    @Test func aChainOfThirtyThousandVideosIsRefusedNotOverflowed() throws {
        let script = "show " + String(repeating: "video ", count: 30_000) + "42\n"
        try Self.expectRefused(script, "value nested too deeply", at: "1:1542")
    }

    @Test func aChainOfThirtyThousandCampaignsIsRefusedNotOverflowed() throws {
        let script = "show " + String(repeating: "campaign ", count: 30_000) + "\"w\"\n"
        try Self.expectRefused(script, "value nested too deeply", at: "1:2310")
    }

    @Test func referencesAndListsCountTogether() throws {
        let script =
            "show " + String(repeating: "video [", count: 200) + "42" + String(repeating: "]", count: 200)
        try Self.expectRefused(script, "value nested too deeply", at: "1:902")
    }

    @Test func aChainWithinTheLimitStillRuns() throws {
        let script = "let x = " + String(repeating: "video ", count: 200) + "42\n"
        let scratch = try ScratchDirectory()
        let file = try scratch.write("ok.spark", script)
        #expect(try SparkBinary.run(["check", file.path]).status == 0)
    }

    /// Files `f0` ... `f(count-1)`, each including the next; each statement wrapped in `wrap`.
    static func includeChain(
        _ count: Int, in scratch: ScratchDirectory, prefix: String = "f", wrap: Int = 0,
        opening: String = "repeat 1 {"
    ) throws {
        for index in 0..<count {
            let body = index + 1 < count ? "include \"\(prefix)\(index + 1).spark\"" : "now"
            let text =
                String(repeating: opening, count: wrap) + body + String(repeating: "}", count: wrap)
            try scratch.write("\(prefix)\(index).spark", text + "\n")
        }
    }

    @Test func aChainOfThreeThousandIncludesStopsAtSixtyFourWithTheChain() throws {
        let scratch = try ScratchDirectory()
        try Self.includeChain(3_000, in: scratch)
        let result = try SparkBinary.run(["run", "f0.spark"], directory: scratch.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("f64.spark:1:9: error: includes nested too deeply"))
        #expect(result.stderr.contains("note: spark allows 64 levels of `include`"))
        #expect(result.stderr.contains("note: included from f63.spark:1:9\n"))
        #expect(result.stderr.contains("note: included from f0.spark:1:9\n"))
    }

    @Test func blocksAndIncludesTogetherAreLimited() throws {
        let scratch = try ScratchDirectory()
        try Self.includeChain(40, in: scratch, wrap: 250)
        let result = try SparkBinary.run(["run", "f0.spark"], directory: scratch.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("f1.spark:1:701: error: blocks and includes nested too deeply"))
        #expect(result.stderr.contains("note: included from f0.spark:1:2509"))
    }

    /// `expect error` runs its body in an inner run: a fresh one once escaped the depth limits, and
    /// eight files of 250 nested `expect error` bodies, each including the next, overflowed the
    /// stack (exit 139). The inner run now inherits the counts, and `spark run` runs on a wide stack.
    @Test func expectErrorBodiesAndIncludesCountTogether() throws {
        let scratch = try ScratchDirectory()
        try Self.includeChain(8, in: scratch, wrap: 250, opening: "expect error {")
        let result = try SparkBinary.run(["run", "f0.spark"], directory: scratch.url)
        // The innermost body fails with "nested too deeply", which its `expect error` takes for the
        // error it wanted; the bodies around it then did not fail: failed checks, not a crash.
        #expect(result.status == 1, "\(result.stderr.suffix(300))")
        #expect(result.stderr.contains("f0.spark:1:1: error: expected the block to fail"))
    }

    @Test func oneDeepScenarioDoesNotTakeTheOthersDown() throws {
        let scratch = try ScratchDirectory()
        try Self.includeChain(3_000, in: scratch, prefix: "_f")
        try Self.includeChain(40, in: scratch, prefix: "_g", wrap: 250)
        try scratch.write("deep.spark", "include \"_f0.spark\"\n")
        try scratch.write("wide.spark", "include \"_g0.spark\"\n")
        for index in 0..<50 { try scratch.write("ok\(index).spark", "now\n") }
        let report = scratch.url.appendingPathComponent("report.xml").path
        let result = try SparkBinary.run(["test", "--junit", report, "."], directory: scratch.url)
        #expect(result.status == 1)
        #expect(result.stdout.contains("50 passed, 2 failed"))
        let xml = try String(contentsOfFile: report, encoding: .utf8)
        #expect(xml.contains("includes nested too deeply"))
        #expect(xml.hasSuffix("</testsuites>\n"))
    }
}
