import Foundation
import SparkModel
import SparkRuntime
import SparkSyntax
import Testing

@testable import SparkCLI

/// `.save` writes what replays: random REPL sessions (failures, `.load`, `include`, `explain`,
/// `help` among them), whose transcript `spark run` must replay to the same world (issue 11).
@Suite struct ReplReplayPropertyTests {
    /// A small deterministic generator, so a failing seed can be run again.
    struct Dice {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// Files a session can `.load` and `include`: one that runs, one that fails at its third
    /// statement, one that fails at its last after a nested include.
    static func writeFiles(in scratch: ReplScratch) throws -> (good: String, bad: String, nested: String) {
        let good = scratch.path + "/good.spark"
        let bad = scratch.path + "/bad.spark"
        let nested = scratch.path + "/nested.spark"
        try
            "creator @loaded\nenable ad authorization for @loaded\npost video 700 by @loaded \"from a file\"\nlet lc = authorize video 700 for 30d\nexpect lc is active\n"
            .write(toFile: good, atomically: true, encoding: .utf8)
        try "creator @half\npost video 800 by @half \"half\"\ncreator @half\n"
            .write(toFile: bad, atomically: true, encoding: .utf8)
        try "brand nestedbrand\ninclude \"good.spark\"\nredeem #s63DdePaj9 as nestedbrand\n"
            .write(toFile: nested, atomically: true, encoding: .utf8)
        return (good, bad, nested)
    }

    /// One random REPL input or dot-command.
    static func input(_ dice: inout Dice, files: (good: String, bad: String, nested: String)) -> String {
        let user = "@u\(dice.next(3))"
        let video = 40 + dice.next(4)
        let code = "c\(dice.next(3))"
        let brand = "b\(dice.next(2))"
        let choices = [
            "creator \(user)",
            "enable ad authorization for \(user)",
            "post video \(video) by \(user) \"clip\"",
            "let \(code) = authorize video \(video) for 30d",
            "brand \(brand)",
            "redeem \(code) as \(brand)",
            "advance \(1 + dice.next(9))d",
            "delete code \(code)",
            "turn off ad authorization for video \(video)",
            "make video \(video) private",
            "explain",
            "explain 4025",
            "help",
            "help authorize",
            "show video \(video)",
            "list codes",
            "expect \(user) is ads-enabled",
            "expect error { creator \(user) }",
            "{ creator \(user); post video \(video) by \(user) \"in a block\" }",
            "creator \(user); post video \(video) by \(user) \"two\"; redeem \(code) as \(brand)",
            "repeat 2 as i { advance 1d }",
            "campaign \"w\(dice.next(2))\" by \(brand) { video \(video); budget $10 daily; "
                + "schedule 2026-01-03 to 2026-01-09; url \"https://x.example\"; cta \"Shop now\" }",
            "publish \"w\(dice.next(2))\"",
            "redeem ((",
            "foo",
            "include \"\(files.bad)\"",
            "include \"\(files.good)\"",
            "include \"\(files.nested)\"",
            ".load \(files.good)",
            ".load \(files.bad)",
            ".load \(files.nested)",
        ]
        return choices[dice.next(choices.count)]
    }

    /// The world a transcript replays to, as `spark run --seed` builds it; and how the run ended.
    static func replay(_ transcript: String, path: String, seed: UInt64) -> (Session.Outcome, String) {
        let session = Session(
            options: SessionOptions(seed: seed), reader: FileScriptReader(), sink: RecordBuffer())
        let outcome = session.run([SourceFile(path: path, text: transcript)])
        return (outcome, session.world.snapshot())
    }

    @Test(arguments: 0..<40 as Range<UInt64>)
    func aSavedSessionReplaysToTheSameWorld(seed: UInt64) throws {
        let scratch = try ReplScratch()
        let files = try Self.writeFiles(in: scratch)
        let options = SessionOptions(seed: seed)
        let repl = ReplSession(options: options, color: .never, sink: RecordBuffer())
        var dice = Dice(state: seed &* 2_654_435_761 &+ 1)
        var typed: [String] = []
        for _ in 0..<30 {
            let line = Self.input(&dice, files: files)
            typed.append(line)
            if line.hasPrefix(".load ") {
                _ = repl.load(path: String(line.dropFirst(6)))
            } else {
                repl.evaluate(line)
            }
        }
        let saved = scratch.path + "/saved.spark"
        let (outcome, replayed) = Self.replay(repl.transcript, path: saved, seed: seed)
        let session = typed.joined(separator: "\n")
        #expect(
            outcome == .succeeded,
            "the replay failed; session:\n\(session)\n\ntranscript:\n\(repl.transcript)")
        #expect(replayed == repl.world.snapshot(), "session:\n\(session)\n\ntranscript:\n\(repl.transcript)")
    }

    /// The same property through the binary: `spark run --seed S` replays the saved file with
    /// exit 0, and `list` shows what the session's world shows.
    @Test(arguments: 100..<104 as Range<UInt64>)
    func aSavedSessionReplaysWithSparkRun(seed: UInt64) throws {
        let scratch = try ReplScratch()
        let files = try Self.writeFiles(in: scratch)
        let buffer = RecordBuffer()
        let repl = ReplSession(options: SessionOptions(seed: seed), color: .never, sink: buffer)
        var dice = Dice(state: seed)
        for _ in 0..<30 {
            let line = Self.input(&dice, files: files)
            if line.hasPrefix(".load ") {
                _ = repl.load(path: String(line.dropFirst(6)))
            } else {
                repl.evaluate(line)
            }
        }
        let transcript = repl.transcript
        let listing = ["list creators", "list videos", "list codes", "list brands", "list campaigns"]
        let before = buffer.records.count
        for line in listing { repl.evaluate(line) }
        let expected = buffer.records[before...].compactMap { record -> String? in
            if case .result(let result, _) = record { ResultText.text(for: result) } else { nil }
        }
        let saved = scratch.path + "/saved.spark"
        try (transcript + listing.joined(separator: "\n") + "\n").write(
            toFile: saved, atomically: true, encoding: .utf8)
        let run = try SparkBinary.run(["run", "--seed", String(seed), saved])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasSuffix(expected.joined(separator: "\n") + "\n"))
    }

    @Test func aLoadThatFailsPartWayLeavesNothingInTheWorld() throws {
        let scratch = try ReplScratch()
        let files = try Self.writeFiles(in: scratch)
        let repl = ReplSession(options: SessionOptions(seed: 1), color: .never, sink: RecordBuffer())
        let before = repl.world.snapshot()
        #expect(!repl.load(path: files.bad))
        #expect(!repl.load(path: files.nested))
        #expect(repl.world.snapshot() == before)
        #expect(!repl.transcript.contains("include"))
    }

    @Test func anIncludeThatFailsAtItsThirdStatementLeavesNothingInTheWorld() throws {
        let scratch = try ReplScratch()
        let files = try Self.writeFiles(in: scratch)
        let repl = ReplSession(options: SessionOptions(seed: 1), color: .never, sink: RecordBuffer())
        let before = repl.world.snapshot()
        repl.evaluate("include \"\(files.bad)\"")
        repl.evaluate("include \"\(files.nested)\"")
        #expect(repl.world.snapshot() == before)
        repl.evaluate("show @half")
        #expect(repl.world.account(Handle("half")) == nil)
    }

    @Test func aSuccessfulExplainIsLeftOutOfTheSavedScript() {
        let repl = ReplSession(options: SessionOptions(seed: 1), color: .never, sink: RecordBuffer())
        repl.evaluate("creator @a")
        repl.evaluate("creator @a")
        repl.evaluate("explain")
        repl.evaluate("explain 4025; help authorize")
        #expect(repl.transcript.hasSuffix("creator @a\nexplain 4025\nhelp authorize\n"))
        let (outcome, _) = Self.replay(repl.transcript, path: "saved.spark", seed: 1)
        #expect(outcome == .succeeded)
    }
}

/// `spark explain` offers only what a script can meet.
@Suite struct ExplainCatalogueCommandTests {
    @Test func sparkExplainDoesNotListTheInternalNoOpenTransactionError() throws {
        let listed = try SparkBinary.run(["explain"])
        #expect(listed.status == 0)
        #expect(!listed.stdout.contains("no_open_transaction"))
        #expect(!listed.stdout.contains("begin a transaction"))
        #expect(listed.stdout.contains("auth_code_expired"))
        #expect(try SparkBinary.run(["explain", "no_open_transaction"]).status == 64)
    }
}
