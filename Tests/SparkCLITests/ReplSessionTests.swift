import Foundation
import SparkRuntime
import SparkSyntax
import Testing

@testable import SparkCLI

/// The glue between the REPL and the interpreter: what `.save` writes.
struct ReplSessionTests {
    @Test func aFailedExpectationLeavesTheInputsExpectationsOutOfTheReplayByTheirKind() {
        let session = Session(options: SessionOptions(), reader: FileScriptReader(), sink: RecordBuffer())
        let failing = session.evaluate(
            SourceFile(
                path: "<repl>",
                text:
                    "creator @a; expect @a is ads-enabled; let expect_c = 1; expect error { now }; show @nobody"
            ))
        #expect(failing.errors.first?.message == "no account @nobody")
        #expect(ReplSession.replayable(failing) == ["creator @a", "let expect_c = 1"])
        let holding = session.evaluate(SourceFile(path: "<repl>", text: "expect @a is not ads-enabled; now"))
        #expect(ReplSession.replayable(holding) == ["expect @a is not ads-enabled", "now"])
    }

    @Test func makesPathsAbsoluteFromTheWorkingDirectory() {
        let directory = FileManager.default.currentDirectoryPath
        #expect(ReplSession.absolute("/etc/setup.spark") == "/etc/setup.spark")
        #expect(ReplSession.absolute("setup.spark") == directory + "/setup.spark")
        #expect(ReplSession.absolute("./common/setup.spark") == directory + "/common/setup.spark")
    }

    @Test func theSessionDrawsItsOwnTimeline() {
        let session = ReplSession(options: SessionOptions(), color: .never)
        #expect(session.timelineSVG.contains("0 codes and 0 campaigns"))
        session.evaluate("creator @alice\nenable ad authorization for @alice\npost video 42 by @alice\n")
        session.evaluate("authorize video 42 for 7d\n")
        session.evaluate("authorize video 43\n")
        #expect(session.timelineSVG.contains("1 code and 0 campaigns"), "the failed statement drew nothing")
        #expect(session.timelineSVG.contains("generated, valid until 2026-01-08 00:00 UTC"))
    }

    @Test func theTranscriptStartsWhereTheSessionStartedWithItsSeed() {
        let session = ReplSession(
            options: SessionOptions(start: SessionOptions.defaultStart, seed: 5), color: .never)
        #expect(
            session.transcript == """
                // saved from the spark REPL; `spark run` replays it
                // codes come from seed 5: replay with `spark run --seed 5 FILE`
                start 2026-01-01T00:00Z

                """)
        let unseeded = ReplSession(
            options: SessionOptions(start: SessionOptions.defaultStart, seed: nil), color: .never)
        #expect(unseeded.transcript.contains("// codes came from the system's CSPRNG"))
    }
}
