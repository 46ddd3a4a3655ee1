import Foundation
import Testing

/// Values of `--seed` and `--start` as written, and which start wins (issues 11 and 12).
@Suite struct CommandLineValueTests {
    @Test func theScriptsStartWinsOverStartOnTheCommandLineWithAWarning() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write("f.spark", "start 2026-03-01\nnow\n")
        let result = try SparkBinary.run(["run", "--start", "2026-05-01", file.path])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("2026-03-01 00:00 UTC\n"))
        #expect(result.stderr.contains("warning: the script's `start` wins over `--start 2026-05-01T00:00Z`"))
        // The same date, or no --start, says nothing.
        #expect(try SparkBinary.run(["run", "--start", "2026-03-01", file.path]).stderr.isEmpty)
        #expect(try SparkBinary.run(["run", file.path]).stderr.isEmpty)
    }

    @Test(arguments: ["-1", "abc", "1.5", ""])
    func seedMinusOneSaysItMustBeANonNegativeInteger(seed: String) throws {
        let result = try SparkBinary.run(["run", "--seed", seed, "-"], script: "now\n")
        #expect(result.status == 64)
        #expect(result.stderr.contains("`--seed \(seed)` is not a seed: use a non-negative integer"))
        #expect(!result.stderr.contains("Missing value"))
    }

    @Test(arguments: ["2026-12-01 ", " 2026-12-01", "2026-12-01\t"])
    func startWithSpacesAroundTheDateIsRefusedNamingTheValue(start: String) throws {
        let result = try SparkBinary.run(["run", "--start", start, "-"], script: "now\n")
        #expect(result.status == 64)
        #expect(result.stderr.contains("`--start \"\(start)\"` has spaces around the date"))
    }
}
