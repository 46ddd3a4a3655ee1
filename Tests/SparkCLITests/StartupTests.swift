import Foundation
import Testing

/// What a one-statement run pays for before its statement: libedit is opened by the REPL and the
/// tutorial when they start, never by a script run.
@Suite struct StartupTests {
    @Test func aScriptRunDoesNotLoadTheLineEditor() throws {
        // The dynamic loader names every library it opens when LD_DEBUG=files.
        let result = try SparkBinary.run(
            ["run", "-"], input: Data("creator @alice\n".utf8), environment: ["LD_DEBUG": "files"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("libc.so"), "LD_DEBUG named no library: \(result.stderr.prefix(300))")
        #expect(!result.stderr.contains("libedit"))
    }

    @Test(.enabled(if: TmuxSession.isAvailable, "needs tmux"))
    func theReplLoadsTheLineEditorWhenItStarts() throws {
        let repl = try TmuxSession(
            [TmuxSession.sparkExecutable, "repl", "--start", "2026-12-01"], environment: ["NO_COLOR": "1"])
        defer { repl.kill() }
        try repl.waitFor("spark 2026-12-01>")
        try repl.type("auth")
        try repl.press("Tab")
        try repl.waitFor("> authorize")  // completion: libedit is running
        try repl.press("C-c")
        try repl.waitUntil("a fresh prompt") { $0.hasSuffix("spark 2026-12-01>") }
        try repl.press("C-d")
        #expect(try repl.waitForExit() == 0)
    }
}
