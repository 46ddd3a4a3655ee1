import Foundation
import Testing

/// The driver itself, against ordinary programs: the REPL's own end-to-end tests build on it.
@Suite(.enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct TmuxSessionTests {
    @Test func typesKeysAndReadsTheScreen() throws {
        let session = try TmuxSession(["/bin/cat"])
        try session.type("hello, café")
        try session.press("Enter")
        // The terminal echoes the line, then cat prints it back.
        try session.waitFor("hello, café\nhello, café")
        try session.press("C-d")
        #expect(try session.waitForExit() == 0)
    }

    @Test func keepsTheLastScreenAndTheExitStatus() throws {
        let session = try TmuxSession(["/bin/sh", "-c", "read line; echo \"got $line\"; exit 3"])
        try session.type("it")
        try session.press("Enter")
        #expect(try session.waitForExit() == 3)
        #expect(try session.screen().contains("got it"))
    }

    @Test func passesTheEnvironmentAndTheTerminalSize() throws {
        let session = try TmuxSession(
            ["/bin/sh", "-c", "echo \"[$SPARK_TMUX_TEST]\"; stty size"],
            environment: ["SPARK_TMUX_TEST": "it's here"], width: 72, height: 20)
        #expect(try session.waitForExit() == 0)
        let screen = try session.screen()
        #expect(screen.contains("[it's here]"))
        #expect(screen.contains("20 72"))
    }

    @Test func passesArgumentsWithoutAShell() throws {
        let script = "printf '%s|' \"$@\""
        let session = try TmuxSession(["/bin/sh", "-c", script, "sh", "a  b", "it's", "$HOME", "\"q\""])
        try session.waitFor("a  b|it's|$HOME|\"q\"|")
        #expect(try session.waitForExit() == 0)
    }

    @Test func controlCIsASignalToTheProgram() throws {
        let session = try TmuxSession(["/bin/sh", "-c", "echo waiting; exec sleep 30"])
        try session.waitFor("waiting")
        try session.press("C-c")
        #expect(try session.waitForExit() == 128 + SIGINT)
    }

    @Test func reportsTheCursor() throws {
        let session = try TmuxSession(["/bin/cat"])
        try session.type("abc")
        try session.waitFor("abc")
        #expect(try session.cursor() == (column: 3, row: 0))
    }

    @Test func aTimeoutSaysWhatItWaitedForAndShowsTheScreen() throws {
        let session = try TmuxSession(["/bin/sh", "-c", "echo ready; exec sleep 30"])
        try session.waitFor("ready")
        let failure = #expect(throws: TmuxSession.Failure.self) {
            try session.waitFor("never", timeout: 0.2)
        }
        #expect(failure?.description.contains("\"never\"") == true)
        #expect(failure?.description.contains("ready") == true)
    }

    @Test func killEndsTheProgramAndTheServer() throws {
        let session = try TmuxSession(["/bin/sh", "-c", "echo up; exec sleep 30"])
        try session.waitFor("up")
        session.kill()
        #expect(throws: TmuxSession.Failure.self) { try session.screen() }
    }

    @Test func findsTheSparkExecutableBesideTheTests() {
        #expect(FileManager.default.isExecutableFile(atPath: TmuxSession.sparkExecutable))
    }
}
