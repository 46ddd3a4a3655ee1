import Foundation
import SparkRuntime
import SparkSyntax
import Testing

@testable import SparkCLI

/// `ReplLoop` with a scripted reader, a fake evaluator and captured output: no terminal.
struct ReplLoopTests {
    private let primary = "spark 2026-12-01> "
    private let continuation = "             ...> "

    private struct Run {
        let reader: ScriptedReader
        let evaluator: FakeEvaluator
        let output: CapturedOutput
        let loop: ReplLoop
    }

    private func makeLoop(
        _ script: [LineResult], history: History? = nil, colors: Bool = false
    ) -> Run {
        let reader = ScriptedReader(script)
        let evaluator = FakeEvaluator()
        let output = CapturedOutput()
        let loop = ReplLoop(
            evaluator: evaluator, reader: reader, history: history, colors: colors, output: output.output)
        return Run(reader: reader, evaluator: evaluator, output: output, loop: loop)
    }

    /// Runs the loop to its end over `lines`.
    private func run(_ lines: [String], history: History? = nil, colors: Bool = false) -> Run {
        run(lines.map { .line($0) }, history: history, colors: colors)
    }

    private func run(_ script: [LineResult], history: History? = nil, colors: Bool = false) -> Run {
        let run = makeLoop(script, history: history, colors: colors)
        run.loop.run()
        return run
    }

    // MARK: Lines and statements

    @Test func printsTheBannerAndEndsOnCtrlD() {
        let run = run([String]())
        #expect(run.output.text == ReplLoop.banner + "\n")
        #expect(run.output.errors.isEmpty)
        #expect(run.reader.prompts == [primary])
        #expect(run.evaluator.evaluated.isEmpty)
    }

    @Test func evaluatesEachStatementAsTyped() {
        let run = run(["creator @alice", "  brand acme  "])
        #expect(run.evaluator.evaluated == ["creator @alice", "  brand acme  "])
        #expect(run.reader.prompts == [primary, primary, primary])
    }

    @Test func skipsBlankLines() {
        let run = run(["", "   ", "\t", "now"])
        #expect(run.evaluator.evaluated == ["now"])
        #expect(run.reader.prompts == Array(repeating: primary, count: 5))
    }

    @Test func gathersAnUnfinishedBlockUntilItCloses() {
        let run = run(["campaign \"w\" by acme {", "  video 42", "", "}", "now"])
        #expect(run.evaluator.evaluated == ["campaign \"w\" by acme {\n  video 42\n\n}", "now"])
        #expect(
            run.reader.prompts == [primary, continuation, continuation, continuation, primary, primary])
    }

    @Test func aDotLineInsideABlockIsPartOfTheBlock() {
        let run = run(["campaign \"w\" by acme {", ".quit", "}"])
        #expect(run.evaluator.evaluated == ["campaign \"w\" by acme {\n.quit\n}"])
        #expect(run.reader.prompts == [primary, continuation, continuation, primary])
    }

    // MARK: Prompts

    @Test func theContinuationPromptPutsItsArrowUnderThePrimaryOne() {
        let run = makeLoop([])
        #expect(run.loop.primaryPrompt == primary)
        #expect(run.loop.continuationPrompt == continuation)
        #expect(run.loop.primaryPrompt.count == run.loop.continuationPrompt.count)
    }

    @Test func aColouredPromptMarksItsEscapesAsTakingNoRoom() {
        let run = makeLoop([], colors: true)
        #expect(run.loop.primaryPrompt == "spark \u{1}\u{1B}[36m\u{1}2026-12-01\u{1}\u{1B}[0m\u{1}> ")
        #expect(run.loop.continuationPrompt == continuation)
    }

    @Test func thePromptFollowsTheSimulatedDate() {
        let run = makeLoop([])
        run.evaluator.promptDate = "2027-01-15"
        #expect(run.loop.primaryPrompt == "spark 2027-01-15> ")
    }

    // MARK: Ctrl-C and Ctrl-D

    @Test func ctrlCAbandonsWhatWasTypedQuietly() {
        let run = run([.interrupted(discarded: "creator @al"), .line("now")])
        #expect(run.output.text == ReplLoop.banner + "^C\n\n")
        #expect(run.evaluator.evaluated == ["now"])
    }

    @Test func ctrlCOnAnEmptyLineSaysHowToQuitAndGoesOn() {
        let run = run([.interrupted(discarded: ""), .interrupted(discarded: ""), .line("now")])
        #expect(
            run.output.text == ReplLoop.banner + "^C\n" + ReplLoop.quitHint + "^C\n" + ReplLoop.quitHint
                + "\n")
        #expect(run.evaluator.evaluated == ["now"])
        #expect(run.reader.prompts.count == 4)
    }

    @Test func ctrlCInsideABlockAbandonsTheWholeBlock() {
        let run = run([
            .line("campaign \"w\" by acme {"), .line("video 42"), .interrupted(discarded: ""), .line("now"),
        ])
        #expect(run.evaluator.evaluated == ["now"])
        // Something was abandoned (the block's lines), so no hint.
        #expect(!run.output.text.contains(ReplLoop.quitHint))
        #expect(run.reader.prompts == [primary, continuation, continuation, primary, primary])
    }

    @Test func ctrlDEndsTheSessionEvenInsideABlockWithoutRunningIt() {
        let run = run([.line("campaign \"w\" by acme {"), .endOfInput, .line("now")])
        #expect(run.evaluator.evaluated.isEmpty)
        #expect(run.reader.prompts == [primary, continuation])
        #expect(run.output.text.hasSuffix("\n"))
    }

    @Test func stepSaysWhenTheSessionIsOver() {
        let run = makeLoop([.line("now"), .interrupted(discarded: "x"), .line(".quit")])
        #expect(run.loop.step())
        #expect(run.loop.step())
        #expect(!run.loop.step())
        #expect(run.evaluator.evaluated == ["now"])
    }

    // MARK: Dot-commands

    @Test func dotHelpListsTheCommands() {
        let run = run([".help"])
        #expect(run.output.text == ReplLoop.banner + DotCommand.overview + "\n")
        #expect(run.evaluator.evaluated.isEmpty)
        for usage in [".help [COMMAND]", ".load FILE", ".save FILE", ".reset", ".quit, .exit"] {
            #expect(DotCommand.overview.contains(usage))
        }
    }

    @Test func dotHelpExplainsOneCommand() {
        let run = run([".help save", ".help .exit"])
        let save = DotCommand.detail(of: "save") ?? ""
        let quit = DotCommand.detail(of: "quit") ?? ""
        #expect(save.contains("`.save FILE` writes the statements"))
        #expect(run.output.text == ReplLoop.banner + save + quit + "\n")
    }

    @Test func dotResetAsksForAFreshWorld() {
        let run = run([".reset"])
        #expect(run.evaluator.resets == 1)
        #expect(run.output.text.contains("a fresh world, no bindings\n"))
    }

    @Test func dotLoadRunsTheFileInTheSession() {
        let run = run([".load setup.spark", ".load \"my setup.spark\""])
        #expect(run.evaluator.loaded == ["setup.spark", "my setup.spark"])
        #expect(run.evaluator.evaluated.isEmpty)
    }

    @Test(arguments: [".quit", ".exit", "  .quit  "])
    func dotQuitEndsTheSession(command: String) {
        let run = run([command, "now"])
        #expect(run.evaluator.evaluated.isEmpty)
        #expect(run.reader.prompts == [primary])
    }

    @Test func dotSaveWritesTheTranscriptForItsOwnerOnly() throws {
        let scratch = try ReplScratch()
        let path = scratch.path + "/session.spark"
        let run = run([".save \(path)"])
        #expect(try ReplScratch.read(path) == run.evaluator.transcript)
        #expect(try ReplScratch.mode(of: path) == 0o600)
        #expect(run.output.text.contains("saved the session to \(path)\n"))
        #expect(run.output.errors.isEmpty)
    }

    @Test func dotSaveSaysWhyItCannotWrite() {
        let run = run([".save /nonexistent-spark-dir/session.spark"])
        #expect(
            run.output.errors
                == "spark: error: cannot save to `/nonexistent-spark-dir/session.spark`: no such file or directory\n"
        )
    }

    @Test func anUnknownDotCommandSuggestsTheClosestOne() {
        let run = run([".sve x.spark", ".hlep", ".xyzzy"])
        #expect(
            run.output.errors == """
                spark: error: unknown command `.sve`
                help: did you mean `.save`? `.help` lists the commands
                spark: error: unknown command `.hlep`
                help: did you mean `.help`? `.help` lists the commands
                spark: error: unknown command `.xyzzy`
                help: `.help` lists the commands

                """)
        #expect(run.evaluator.evaluated.isEmpty)
        #expect(run.reader.prompts.count == 4)
    }

    @Test func errorsAreDiagnosticsColouredWhenColoursAreOn() {
        let run = run([".save"], colors: true)
        let diagnostic = Diagnostic(.error, "`.save` needs a file", help: "write `.save FILE`")
        #expect(run.output.errors == DiagnosticRenderer(colors: true).render(diagnostic))
        #expect(run.output.errors.hasPrefix("spark: \u{1B}[1;31merror\u{1B}[0m: "))
    }

    // MARK: History

    @Test func remembersStatementsBlocksAndCommandsButNotBlankLines() throws {
        let scratch = try ReplScratch()
        let history = try #require(History(path: scratch.path + "/history"))
        _ = run(
            ["creator @alice", "", ".help", "campaign \"w\" by acme {", "video 42", "}"], history: history)
        #expect(history.count == 3)
        let reloaded = try #require(History(path: scratch.path + "/history"))
        #expect(reloaded.count == 3)
    }

    @Test func aHistoryThatCannotBeSavedIsReportedOnce() throws {
        let history = try #require(History(path: "/dev/null/spark/history"))
        let run = run(["now", "now", "creator @alice"], history: history)
        #expect(run.evaluator.evaluated == ["now", "now", "creator @alice"])
        #expect(run.output.errors.components(separatedBy: "error:").count == 2)
        #expect(run.output.errors.contains("error: cannot save the history to `/dev/null/spark/history`: "))
        #expect(run.output.errors.contains("help: the history is kept for this session only\n"))
        // Kept in memory all the same: `now` twice in a row is one entry.
        #expect(history.count == 2)
    }

    // MARK: Completion

    @Test func offersCompletionThroughTheReader() throws {
        let run = makeLoop([])
        let complete = try #require(run.reader.completion)
        #expect(complete("auth") == ["authorize"])
        #expect(complete("redeem c as a") == ["acme"])
        #expect(complete("show @ali") == ["@alice", "@alicia"])
        #expect(complete("authorize video 4") == ["42", "43"])
    }

    @Test func completesDotCommandsAndTheirHelpTopics() {
        let run = makeLoop([])
        #expect(
            run.loop.complete(".") == [".help", ".load", ".save", ".timeline", ".reset", ".quit", ".exit"])
        #expect(run.loop.complete(".s") == [".save"])
        #expect(run.loop.complete(".help ") == ["help", "load", "save", "timeline", "reset", "quit", "exit"])
        #expect(run.loop.complete(".help r") == ["reset"])
        #expect(run.loop.complete(".reset ").isEmpty)
        #expect(run.loop.complete(".help save x").isEmpty)
    }

    @Test func completionInsideABlockSeesTheLinesAbove() {
        let run = makeLoop([.line("campaign \"w\" by acme {")])
        #expect(run.loop.step())
        #expect(run.loop.complete("  bud") == ["budget"])
        #expect(run.loop.complete("  video 4") == ["42", "43"])
    }
}
