import Foundation
import Testing

/// `spark tutorial` end to end, standard input piped: the list, a session with wrong tries, and
/// progress that survives between runs.
@Suite struct TutorialCommandTests {
    static func run(_ arguments: [String], input: String = "", progress: URL) throws -> SparkBinary.Result {
        try SparkBinary.run(
            ["tutorial"] + arguments, input: Data(input.utf8),
            environment: ["SPARK_TUTORIAL_FILE": progress.path])
    }

    @Test func listsTheLessons() throws {
        let scratch = try ScratchDirectory()
        let result = try Self.run(["--list"], progress: scratch.url.appendingPathComponent("progress"))
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        for line in [
            "1. The creator: from Ad authorization to a code — 7 steps",
            "2. Managing your codes: view, extend, delete",
            "3. The brand: Ads Manager, the code, the campaign",
            "4. What brands can and cannot do",
            "5. Troubleshooting: reproduce each problem, then fix it",
            "6. The figures: a Spark Ad against a regular in-feed ad",
        ] {
            #expect(result.stdout.contains(line))
        }
    }

    @Test func wrongTriesGetHintsThenTheAnswerAndErrorsKeepTheirHelp() throws {
        let scratch = try ScratchDirectory()
        let progress = scratch.url.appendingPathComponent("state/spark/tutorial")
        let input = """
            enable ad authorization for @me
            enable ad authorization
            disable ad authorization for @you
            enable ad authorization for @you

            """
        let result = try Self.run([], input: input, progress: progress)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Not yet. Hint: The statement starts with `enable`"))
        #expect(result.stdout.contains("Still not there. Hint: enable ad authorization for @..."))
        #expect(result.stdout.contains("Here is the answer; type it:\n  enable ad authorization for @you"))
        #expect(result.stdout.contains("✓ Ad authorization is on for @you"))
        #expect(result.stdout.contains("Step 2 of 7: Select the video"))
        #expect(result.stderr.contains("error: no account @me"))
        #expect(result.stderr.contains("help: "))
        #expect(result.stdout.contains("Saved: lesson 1, step 2."))
        #expect(try String(contentsOf: progress, encoding: .utf8) == "lesson 1\nstep 2\n")
    }

    @Test func resumesAtTheSameStepAndRestartsOnRequest() throws {
        let scratch = try ScratchDirectory()
        let progress = scratch.url.appendingPathComponent("progress")
        let first = try Self.run(
            ["3"], input: "brand acme \"Acme Outdoor\"\nshow code\n.quit\n", progress: progress)
        #expect(first.stdout.contains("Saved: lesson 3, step 3."))
        let second = try Self.run([], input: "redeem code as acme\n", progress: progress)
        // Resuming reprints the lesson's banner, then the step.
        #expect(second.stdout.hasPrefix("━━ Lesson 3 of 6: The brand"))
        #expect(second.stdout.contains("(Resuming at step 3 of 7.)\n\nStep 3 of 7: Preview and confirm"))
        #expect(second.stdout.contains("✓ The video is in Acme's library."))
        #expect(try Self.run(["--list"], progress: progress).stdout.contains("→ 3. The brand"))
        let restarted = try Self.run(["--restart"], progress: progress)
        #expect(restarted.stdout.hasPrefix("━━ Lesson 1 of 6"))
    }

    @Test func aFinishedTutorialNeitherRestartsNorOverwritesTheProgress() throws {
        let scratch = try ScratchDirectory()
        let progress = scratch.url.appendingPathComponent("progress")
        try "lesson 7\nstep 1\n".write(to: progress, atomically: true, encoding: .utf8)
        let again = try Self.run([], input: "enable ad authorization for @you\n", progress: progress)
        #expect(again.status == 0)
        #expect(again.stdout.contains("You have finished every lesson"))
        #expect(!again.stdout.contains("━━ Lesson 1"))
        #expect(try String(contentsOf: progress, encoding: .utf8) == "lesson 7\nstep 1\n")
        let list = try Self.run(["--list"], progress: progress).stdout
        #expect(list.contains("✓ 1. The creator") && list.contains("✓ 6. The figures"))
    }

    @Test func skipMovesOnAndAnUnknownLessonIsAUsageError() throws {
        let scratch = try ScratchDirectory()
        let progress = scratch.url.appendingPathComponent("progress")
        let skipped = try Self.run([], input: ".skip\n", progress: progress)
        #expect(skipped.stdout.contains("Skipped. The answer was:\n  enable ad authorization for @you"))
        #expect(skipped.stdout.contains("Step 2 of 7"))
        let unknown = try Self.run(["9"], progress: progress)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("no lesson 9"))
    }
}
