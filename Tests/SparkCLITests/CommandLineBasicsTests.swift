import Foundation
import Testing

/// `--version`, completion scripts, and usage errors that say what was wrong.
@Suite struct CommandLineBasicsTests {
    @Test func versionIsPrintedAndInTheHelp() throws {
        let version = try SparkBinary.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("spark 0."))
        #expect(try SparkBinary.run(["--help"]).stdout.contains("--version"))
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionCompletesFilesTopicsAndErrors(shell: String) throws {
        let result = try SparkBinary.run(["completion", shell])
        #expect(result.status == 0)
        let script = result.stdout
        #expect(script.contains("spark"))
        #expect(script.contains("troubleshooting"), "help topics")
        #expect(script.contains("auth_code_expired"), "error names")
        #expect(script.contains("4025"), "error numbers")
        let sparkFiles = [
            "bash": "'!*.@(spark)'", "zsh": "_files -g '\\''*.spark'\\''", "fish": "*.\\'spark\\'",
        ]
        #expect(script.contains(sparkFiles[shell] ?? "?"), ".spark files")
        #expect(script.contains("fail-fast") && script.contains("timeline"), "options")
        #expect(!script.contains("Show subcommand help information."))
    }

    @Test func bashDefinesHelpOnceAndParses() throws {
        let script = try SparkBinary.run(["completion", "bash"]).stdout
        #expect(script.components(separatedBy: "_spark_help() {").count == 2)
        let cases = try #require(script.split(separator: "\n").first { $0.hasPrefix("    run|test|") })
        #expect(cases.split(separator: "|").filter { $0.hasPrefix("help") }.count == 1, "\(cases)")
        #expect(cases.contains("|completion"))
        #expect(script.contains("'!*.@(spark)'"))
        let scratch = try ScratchDirectory()
        let file = try scratch.write("spark.bash", script)
        let check = try TestReportTests.tool("/bin/bash", ["-n", file.path])
        #expect(check.status == 0, "\(check.output)")
    }

    @Test func anUnknownShellNamesTheShells() throws {
        let result = try SparkBinary.run(["completion", "tcsh"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("the shells are bash, zsh and fish"))
    }

    @Test(arguments: [
        (
            ["help", "nonsense"],
            ["no help on `nonsense`", "the topics are clock, creator", "troubleshooting"]
        ),
        (["explain", "9999"], ["no error `9999`", "TikTok's numbers are 4002, 4013, 4025, 4027"]),
        (["tutorial", "7"], ["no lesson 7", "the lessons are 1, 2, 3, 4, 5, 6"]),
        (
            ["run", "--start", "2026-02-30", "x.spark"],
            ["`--start 2026-02-30` is not a date", "February 2026 has 28 days"]
        ),
        (["test", "--start", "2026-13-01"], ["there is no month 13", "2026-12-01T09:30Z"]),
    ])
    func usageErrorsNameTheBadValueAndTheValidOnes(arguments: [String], says: [String]) throws {
        let result = try SparkBinary.run(arguments)
        #expect(result.status == 64)
        for words in says { #expect(result.stderr.contains(words), "\(result.stderr)") }
        #expect(!result.stderr.contains("Usage: spark <subcommand>"), "the command's own usage line")
    }
}
