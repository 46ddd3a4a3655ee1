import Foundation
import Testing

@testable import SparkCLI

/// The real `spark repl` on a real terminal (tmux): what a user types and sees.
///
/// Serialized, so the terminals do not compete for the two cores and each test stays within a
/// few seconds. Every `TmuxSession` is killed when it goes out of scope, a failure included.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct ReplEndToEndTests {
    private static let prompt = "spark 2026-12-01> "
    /// The prompt at the end of a screen line: the screen comes without trailing blanks.
    private static let promptMark = "spark 2026-12-01>"
    /// `ReplLoop.quitHint` as the screen shows it.
    private let quitHint = String(ReplLoop.quitHint.dropLast())

    /// A REPL at 2026-12-01 with seed 5, no colours, and its history in `scratch`.
    private func startRepl(
        in scratch: ReplScratch, arguments: [String] = [], environment: [String: String] = ["NO_COLOR": "1"],
        width: Int = 100
    ) throws -> TmuxSession {
        var variables = environment
        variables["SPARK_HISTORY_FILE"] = scratch.path + "/state/spark/history"
        let command =
            [TmuxSession.sparkExecutable, "repl", "--seed", "5", "--start", "2026-12-01"] + arguments
        let repl = try TmuxSession(
            command, environment: variables, width: width, workingDirectory: scratch.path)
        try repl.waitFor(ReplEndToEndTests.promptMark)
        return repl
    }

    /// Types a line, presses Enter, and waits until `expected` shows.
    private func enter(_ line: String, in repl: TmuxSession, expecting expected: String) throws {
        try repl.type(line)
        try repl.press("Enter")
        try repl.waitFor(expected)
    }

    /// Ctrl-D at a fresh prompt. Waits for the prompt first: a key pressed while the previous
    /// statement still runs reaches a terminal in cooked mode, and the line editor's switch to raw
    /// mode may discard it (a loaded machine lost a Ctrl-D that way).
    private func quit(_ repl: TmuxSession) throws {
        try repl.waitUntil("a fresh prompt") { screen in
            let last = screen.split(separator: "\n").last ?? ""
            return last.hasPrefix("spark ") && last.hasSuffix(">")
        }
        try repl.press("C-d")
        #expect(try repl.waitForExit() == 0)
    }

    @Test func runsAStatementAndShowsItsResult() throws {
        let scratch = try ReplScratch()
        let repl = try startRepl(in: scratch)
        #expect(try repl.screen().hasPrefix("spark — the TikTok Spark Code workflow, interactively."))
        try enter("creator @alice", in: repl, expecting: "@alice joined TikTok (personal account)")
        try repl.waitFor("(personal account)\n" + ReplEndToEndTests.promptMark)
        try quit(repl)
    }

    @Test func ctrlCInterruptsARunningStatementAndRollsItBack() throws {
        let scratch = try ReplScratch()
        let repl = try startRepl(in: scratch)
        try enter("creator @x", in: repl, expecting: "@x joined TikTok")
        // Some seconds of work in a debug build, and its results are shown when it ends: Ctrl-C
        // comes while it runs.
        try repl.type("{ creator @z; repeat 1000000 { expect error { creator @x } } }")
        try repl.press("Enter")
        Thread.sleep(forTimeInterval: 0.5)
        try repl.press("C-c")
        try repl.waitFor("error: interrupted")
        try enter("show @z", in: repl, expecting: "no account @z")
        try quit(repl)
    }

    @Test func textFromAScriptIsShownWithItsControlCharactersEscaped() throws {
        let scratch = try ReplScratch()
        let repl = try startRepl(in: scratch)
        try enter("creator @a", in: repl, expecting: "@a joined TikTok")
        // Typed as escapes; the caption then holds the real ESC and BEL characters.
        try enter(
            "post video 42 by @a \"\\u{1B}]0;PWNED\\u{7}\\u{1B}[2J\"", in: repl,
            expecting: "video 42 posted by @a, public: \"\\u{1B}]0;PWNED\\u{7}\\u{1B}[2J\"")
        try enter(
            "expect caption of video 42 == \"x\"", in: repl, expecting: "but it is \"\\u{1B}]0;PWNED")
        // Nothing cleared the screen: the banner is still on it.
        #expect(try repl.screen().hasPrefix("spark — the TikTok Spark Code workflow"))
        try quit(repl)
    }

    @Test func tabCompletesAKeyword() throws {
        let scratch = try ReplScratch()
        let repl = try startRepl(in: scratch)
        try repl.type("auth")
        try repl.waitFor("> auth")
        try repl.press("Tab")
        try repl.waitFor(ReplEndToEndTests.prompt + "authorize")
        // The space was inserted too: the cursor sits after it.
        #expect(try repl.cursor().column == (ReplEndToEndTests.prompt + "authorize ").count)
        try repl.press("C-c")
        try quit(repl)
    }

    @Test func tabListsSeveralCandidatesUnderTheLine() throws {
        let scratch = try ReplScratch()
        let repl = try startRepl(in: scratch)
        try enter("creator @alice; creator @alicia", in: repl, expecting: "@alicia joined TikTok")
        try repl.type("show @al")
        try repl.waitFor("> show @al")
        try repl.press("Tab")
        // The shared `ic` is inserted, the two names listed in columns, the line drawn again.
        try repl.waitFor("> show @al\n@alice   @alicia\n" + ReplEndToEndTests.prompt + "show @alic")
        try repl.press("C-c")
        try quit(repl)
    }

    @Test func aMultiLineBlockRunsWhenItCloses() throws {
        let scratch = try ReplScratch()
        let repl = try startRepl(in: scratch)
        try enter("brand acme", in: repl, expecting: "brand acme opened an Ads Manager account")
        try enter("campaign \"winter\" by acme {", in: repl, expecting: "             ...>")
        try enter("budget $50 daily", in: repl, expecting: "...> budget $50 daily\n             ...>")
        #expect(try !repl.screen().contains("saved as a draft"))
        try enter("}", in: repl, expecting: "campaign \"winter\" by acme saved as a draft")
        try repl.waitFor("saved as a draft\n" + ReplEndToEndTests.promptMark)
        try quit(repl)
    }

    @Test func anErrorLeavesTheWorldForTheNextStatement() throws {
        let scratch = try ReplScratch()
        let repl = try startRepl(in: scratch)
        try enter("creator @alice", in: repl, expecting: "@alice joined TikTok")
        try enter("redeem c as acme", in: repl, expecting: "note: a name is bound by `let c = ...`")
        #expect(try repl.screen().contains("<repl>:1:8: error: `c` is used before it is bound"))
        try enter("show @alice", in: repl, expecting: "followers")
        let after = try repl.screen()
        #expect(after.contains("> show @alice\n@alice"))
        try quit(repl)
    }

    @Test func ctrlCClearsTheLineThenSaysHowToQuit() throws {
        let scratch = try ReplScratch()
        let repl = try startRepl(in: scratch)
        try repl.type("creator @bob")
        try repl.waitFor("> creator @bob")
        try repl.press("C-c")
        try repl.waitFor("^C\n" + ReplEndToEndTests.promptMark)
        #expect(try !repl.screen().contains(quitHint))
        // The typed text is gone: what comes next is a fresh line.
        try enter("now", in: repl, expecting: "2026-12-01 00:00 UTC")
        #expect(try !repl.screen().contains("@bob joined"))
        try repl.press("C-c")
        try repl.waitFor(quitHint)
        // Still running: a statement after the hint works.
        try enter("creator @carol", in: repl, expecting: "@carol joined TikTok")
        try quit(repl)
    }

    @Test func ctrlCAbandonsAnUnfinishedBlock() throws {
        let scratch = try ReplScratch()
        let repl = try startRepl(in: scratch)
        try enter("brand acme", in: repl, expecting: "opened an Ads Manager account")
        try enter("campaign \"w\" by acme {", in: repl, expecting: "...>")
        try repl.press("C-c")
        try repl.waitFor("^C\n" + ReplEndToEndTests.promptMark)
        try enter("}", in: repl, expecting: "error")
        #expect(try !repl.screen().contains("saved as a draft"))
        try quit(repl)
    }

    @Test func historyIsPrivateAndComesBackInTheNextSession() throws {
        let scratch = try ReplScratch()
        let path = scratch.path + "/state/spark/history"
        do {
            let first = try startRepl(in: scratch)
            try enter("brand acme", in: first, expecting: "opened an Ads Manager account")
            try enter("campaign \"w\" by acme {", in: first, expecting: "...>")
            try enter("budget $5 daily", in: first, expecting: "...> budget $5 daily")
            try enter("}", in: first, expecting: "saved as a draft")
            try quit(first)
        }
        #expect(try ReplScratch.mode(of: path) == 0o600)
        #expect(try ReplScratch.mode(of: scratch.path + "/state/spark") == 0o700)
        #expect(try ReplScratch.mode(of: scratch.path + "/state") == 0o700)

        // A fresh world: Up recalls the brand, then the block as one entry.
        let second = try startRepl(in: scratch)
        try second.press("Up")
        try second.waitFor(ReplEndToEndTests.prompt + "campaign \"w\" by acme {\nbudget $5 daily\n}")
        try second.press("Up")
        try second.waitFor(ReplEndToEndTests.prompt + "brand acme")
        try second.press("Enter")
        try second.waitFor("brand acme opened an Ads Manager account")
        try second.press("Up", "Up")
        try second.waitFor(ReplEndToEndTests.prompt + "campaign \"w\" by acme {\nbudget $5 daily\n}")
        try second.press("Enter")
        try second.waitFor("campaign \"w\" by acme saved as a draft")
        try quit(second)
        #expect(try ReplScratch.mode(of: path) == 0o600)
    }

    @Test func dotSaveWritesAScriptThatRunReplaysToTheSameWorld() throws {
        let scratch = try ReplScratch()
        let repl = try startRepl(in: scratch, width: 160)
        try enter(
            "creator @alice; enable ad authorization for @alice", in: repl, expecting: "Ad authorization on")
        try enter("post video 42 by @alice \"Winter haul\"", in: repl, expecting: "video 42 posted")
        try enter("let c = authorize video 42 for 60d", in: repl, expecting: "code #")
        try enter("redeem c as acme", in: repl, expecting: "help:")  // no brand yet: fails, not saved
        try enter("brand acme", in: repl, expecting: "opened an Ads Manager account")
        try enter("redeem c as acme", in: repl, expecting: "acme authorized video 42")
        try enter("expect c is expired", in: repl, expecting: "expected `c` to be expired")
        try enter("advance 3d", in: repl, expecting: "spark 2026-12-04>")
        try enter("show c", in: repl, expecting: "duration")
        try enter("list codes", in: repl, expecting: "CODE ")
        try enter(".save session.spark", in: repl, expecting: "saved the session to session.spark")
        let seen = try repl.scrollback()
        try quit(repl)

        let saved = scratch.path + "/session.spark"
        #expect(try ReplScratch.mode(of: saved) == 0o600)
        let script = try ReplScratch.read(saved)
        #expect(script.contains("start 2026-12-01T00:00Z\n"))
        #expect(!script.contains("expect"))
        #expect(script.components(separatedBy: "redeem c as acme").count == 2)

        let replay = try SparkBinary.run(["run", "--seed", "5", saved])
        #expect(replay.status == 0, "\(replay.stderr)")
        #expect(replay.stderr.isEmpty)
        let shown = output(of: "show c", in: seen)
        let listed = output(of: "list codes", in: seen)
        #expect(shown.count >= 3)
        #expect(listed.count == 2)
        for line in shown + listed {
            #expect(replay.stdout.contains(line + "\n"), "missing from the replay: \(line)")
        }
    }

    @Test func aLoadedScriptIsSavedAsAnIncludeThatReplaysFromAnywhere() throws {
        let scratch = try ReplScratch()
        try "creator @alice\nbrand acme\n".write(
            toFile: scratch.path + "/setup.spark", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(
            atPath: scratch.path + "/saved", withIntermediateDirectories: true)
        let repl = try startRepl(in: scratch)
        try enter(".load setup.spark", in: repl, expecting: "brand acme opened an Ads Manager account")
        try enter("show @alice", in: repl, expecting: "followers")
        try enter(
            ".save saved/session.spark", in: repl, expecting: "saved the session to saved/session.spark")
        try quit(repl)

        let saved = scratch.path + "/saved/session.spark"
        #expect(try ReplScratch.read(saved).contains("include \"\(scratch.path)/setup.spark\"\n"))
        // Run from elsewhere: the include does not depend on the REPL's working directory.
        let replay = try SparkBinary.run(["run", "--seed", "5", saved])
        #expect(replay.status == 0, "\(replay.stderr)")
        #expect(replay.stdout.contains("@alice joined TikTok (personal account)\n"))
        #expect(replay.stdout.contains("  followers         0\n"))
    }

    @Test func noColorGivesAPlainPromptAndColorAlwaysAColouredOne() throws {
        let scratch = try ReplScratch()
        let plain = try startRepl(in: scratch, environment: ["NO_COLOR": "1"])
        let plainScreen = try plain.screenWithEscapes()
        #expect(plainScreen.contains(ReplEndToEndTests.promptMark))
        #expect(!plainScreen.contains("\u{1B}["))
        try quit(plain)

        let coloured = try startRepl(
            in: scratch, arguments: ["--color", "always"], environment: ["NO_COLOR": "1"])
        let colouredScreen = try coloured.screenWithEscapes()
        #expect(colouredScreen.contains("spark \u{1B}[36m2026-12-01\u{1B}["))
        try quit(coloured)
    }

    /// The lines a statement printed: those after its prompt line, up to the next prompt.
    private func output(of statement: String, in screen: String) -> [String] {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(where: { $0.hasSuffix("> " + statement) }) else { return [] }
        return Array(lines[(start + 1)...].prefix { !$0.hasPrefix("spark 20") })
    }
}
