import Foundation
import Testing

/// `spark tutorial` on a real terminal (tmux): the first screen, libedit input, Ctrl-D that saves,
/// and a second run that resumes at the same step.
@Suite(.enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct TutorialTerminalTests {
    @Test func theFirstScreenIsStepOneAndCtrlDResumesThere() throws {
        let scratch = try ScratchDirectory()
        let environment = [
            "SPARK_TUTORIAL_FILE": scratch.url.appendingPathComponent("tutorial").path, "NO_COLOR": "1",
        ]
        let tutorial = try TmuxSession(
            [TmuxSession.sparkExecutable, "tutorial"], environment: environment, width: 110, height: 40)
        let screen = try tutorial.waitFor("tutorial 2026-12-01>")
        #expect(screen.contains("Step 1 of 7: Enable Ad authorization"))
        #expect(
            screen.contains(
                "Tap:  Profile > ☰ > Settings and privacy > Creator tools > Ad settings > Ad authorization"))

        try tutorial.type("enable ad authorization for @somebody")
        try tutorial.press("Enter")
        try tutorial.waitFor("Not yet. Hint:")
        try tutorial.type("enable ad authorization for @you")
        try tutorial.press("Enter")
        try tutorial.waitFor("Step 2 of 7: Select the video")
        // At the prompt, not before: a key pressed before the line editor reads may be discarded.
        try tutorial.waitUntil("the prompt") { $0.hasSuffix(">") }
        try tutorial.press("C-d")
        #expect(try tutorial.waitForExit() == 0)
        #expect(try tutorial.screen().contains("Saved: lesson 1, step 2."))

        let again = try TmuxSession(
            [TmuxSession.sparkExecutable, "tutorial"], environment: environment, width: 110, height: 40)
        let resumed = try again.waitFor("tutorial 2026-12-01>")
        #expect(resumed.contains("Step 2 of 7: Select the video"))
        #expect(!resumed.contains("Step 1 of 7"))
        try again.type(".quit")
        try again.press("Enter")
        #expect(try again.waitForExit() == 0)
    }
}
