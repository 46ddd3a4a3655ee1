import Foundation
import Testing

/// Bad input of every kind, through the binary: each gets its diagnostic at its line and column, the
/// documented exit code (README: 1 runtime, 65 syntax, 74 files), no crash, and leaves the world as
/// it was (runtime errors are run again inside `expect error { }` followed by a dump of the world).
@Suite struct BadInputCatalogueTests {
    /// One bad input: what is run, and what it must say.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var command: String
        var script: String
        /// Bytes that are not UTF-8 text, written instead of `script` when given.
        var raw: [UInt8]? = nil
        var status: Int32
        /// A fragment of standard error, usually `FILE:LINE:COL: error...: message`.
        var fragment: String
        var testDescription: String { "\(command): \(name)" }
    }

    /// Set-up shared by the runtime cases: lines 1 to 6, so a failing statement is on line 7.
    static let setup = """
        creator @alice; enable ad authorization for @alice
        creator @bob
        post video 42 by @alice "Winter haul"
        post story 43 by @alice "A story"
        let c = authorize video 42 for 60d
        brand acme; brand zeta

        """

    static let campaign = """
        redeem c as acme
        campaign "w" by acme { video 42; budget $50 daily; schedule 2026-01-02 to 2026-01-20; url "https://acme.example"; cta "Shop now" }
        publish "w"

        """

    static let foreignCode = "#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA="

    static func syntax(_ name: String, _ script: String, _ fragment: String) -> Case {
        Case(name: name, command: "check", script: script, status: 65, fragment: "bad.spark:" + fragment)
    }

    /// A runtime error after `setup` (and `extra`, which must not fail).
    static func domain(_ name: String, extra: String = "", _ failing: String, _ fragment: String) -> Case {
        Case(
            name: name, command: "run", script: setup + extra + failing + "\n", status: 1,
            fragment: "bad.spark:" + fragment)
    }

    static let syntaxCases: [Case] = [
        syntax("unterminated string", "creator @alice \"unterminated\n", "1:16: error: unterminated string"),
        syntax("unclosed brace", "{ creator @a\n", "1:1: error: unclosed `{`"),
        syntax("stray closing brace", "creator @a }\n", "1:12: error: unexpected `}`"),
        syntax(
            "trailing words", "advance 3 parsecs\n", "1:11: error: unexpected `parsecs` after the statement"),
        syntax(
            "missing keyword", "post video by @a\n",
            "1:15: error: expected `by` between the post and its owner"),
        syntax(
            "let without a name", "let = 3\n", "1:5: error: expected a name to bind after `let`, found `=`"),
        // A warning for `check` (exit 0: an include could bind it); `run` stops there with an error.
        Case(
            name: "name before let", command: "check", script: "redeem c as acme\n", status: 0,
            fragment: "bad.spark:1:8: warning: `c` is used before it is bound"),
        Case(
            name: "name before let", command: "run", script: "redeem c as acme\n", status: 1,
            fragment: "bad.spark:1:8: error: `c` is used before it is bound"),
        syntax("unknown word", "frobnicate\n", "1:1: error: `frobnicate` is used before it is bound"),
        syntax("bare @", "creator @\n", "1:9: error: expected a handle after `@`"),
        syntax(
            "brand name as a string", "brand \"\"\n",
            "1:7: error: `` is not a brand name"),
        syntax("handle as a string", "creator @\"a b\"\n", "1:9: error: `@a b` is not a handle"),
        Case(
            name: "made brand name", command: "run", script: "let i = 1\nbrand \"x {i}\"\n", status: 1,
            fragment: "bad.spark:2:7: error: `x 1` is not a brand name"),
        Case(
            name: "made handle", command: "run", script: "let i = 1\ncreator @\"a {i}\"\n", status: 1,
            fragment: "bad.spark:2:9: error: `@a 1` is not a handle"),
        Case(
            name: "mixed kinds", command: "run", script: "let v = $5 + 7d\n", status: 1,
            fragment: "bad.spark:1:9: error: cannot add an amount of money and a duration"),
        Case(
            name: "division by zero", command: "run", script: "let v = 5 / (2 - 2)\n", status: 1,
            fragment: "bad.spark:1:9: error: division by zero"),
        Case(
            name: "overflow", command: "run", script: "let v = 9000000000000000000 * 2\n", status: 1,
            fragment: "bad.spark:1:9: error: the result of `*` does not fit in 64 bits"),
        Case(
            name: "unknown state", command: "check", script: "creator @a\nexpect @a is in-use\n", status: 0,
            fragment: "bad.spark:2:14: warning: `in-use` is not a state of anything"),
        Case(
            name: "money compared with a number", command: "check",
            script: "brand a\ncampaign \"w\" by a {}\nexpect spend of campaign \"w\" == 100\n", status: 0,
            fragment: "help: money is written `$100`"),
        syntax("invalid date", "advance to 2026-13-45\n", "1:12: error: invalid date"),
        syntax("unknown duration unit", "advance 3x\n", "1:9: error: unknown duration unit `x`"),
        syntax(
            "unclosed list", "show [1, 2\n", "2:1: error: expected `,` or `]` in the list, found end of input"
        ),
        syntax("unexpected character", "creator @alice ^\n", "1:16: error: unexpected character `^`"),
        syntax(
            "19-digit id is fine, 20 is too large", "post video 12345678901234567890 by @a\n",
            "1:12: error: integer literal is too large"),
        syntax(
            "money overflow", "deal @a with acme $99999999999999999999\n",
            "1:19: error: amount of money is too large"),
        syntax("duration overflow", "advance 99999999999999w\n", "1:9: error: duration is too long"),
        syntax(
            "deep nesting", String(repeating: "{", count: 300) + String(repeating: "}", count: 300) + "\n",
            "1:257: error:"),
        Case(
            name: "invalid UTF-8 in a handle", command: "check", script: "",
            raw: Array("creator @al".utf8) + [0xFF] + Array("ice\n".utf8), status: 65,
            fragment: "bad.spark:1:12: error: invalid UTF-8 byte"),
        Case(
            name: "truncated UTF-8 in a string", command: "check", script: "",
            raw: Array("creator \"a".utf8) + [0xC3] + Array("\"\n".utf8), status: 65,
            fragment: "bad.spark:1:11: error: invalid UTF-8 byte in a string"),
        Case(
            name: "NUL byte", command: "check", script: "",
            raw: Array("now\n".utf8) + [0] + Array("now\n".utf8),
            status: 65, fragment: "bad.spark:2:1: error: unexpected NUL byte"),
        syntax(
            "10 MB line",
            "creator @a\npost video 1 by @a \"" + String(repeating: "x", count: 10_000_000) + "\" oops\n",
            "2:10000023: error: unknown visibility `oops`"),
        syntax(
            "100,000-line file, error on the last",
            String(repeating: "now\n", count: 100_000) + "advance 3x\n",
            "100001:9: error: unknown duration unit `x`"),
        syntax(
            "one typo, one message, then the next", "post video by @a\nadvance 3x\n",
            "2:9: error: unknown duration unit"),
    ]

    static let domainCases: [Case] = [
        domain("account exists", "creator @alice", "7:9: error: account @alice already exists"),
        domain("account not found", "show @nobody", "7:6: error: no account @nobody"),
        domain(
            "ad authorization off", "post video 50 by @bob; authorize video 50 for 7d",
            "7:24: error: ad authorization is turned off for @bob"),
        domain("invalid video id", "post video 0 by @alice", "7:12: error: 0 is not a valid video id"),
        domain("video exists", "post video 42 by @alice", "7:12: error: video 42 already exists"),
        domain("video not found", "authorize video 44 for 7d", "7:17: error: no video 44"),
        domain(
            "video deleted", extra: "post video 45 by @alice\ndelete video 45\n", "authorize video 45 for 7d",
            "9:17: error[4002]: video 45 was deleted"),
        domain(
            "not your video", "authorize video 42 for 7d as @bob",
            "7:17: error: video 42 belongs to @alice, not @bob"),
        domain("story", "authorize video 43 for 7d", "7:17: error[4027]: post 43 is a story"),
        domain(
            "video toggle off", extra: "turn off ad authorization for video 42\n", "redeem c as acme",
            "8:1: error: ad authorization is turned off for video 42"),
        domain("video has a live code", "delete video 42", "7:14: error: video 42 has a live code #"),
        domain(
            "video in use by an ad", extra: campaign + "advance 2d\n", "make video 42 private",
            "11:12: error: video 42 runs in the Spark Ad campaign w"),
        domain(
            "invalid duration", "authorize video 42 for 45d",
            "7:24: error: 45 days is not an authorization duration: choose 7, 30, 60 or 365 days"),
        domain(
            "truncated code", "redeem \"#s63DdePaj9\" as acme",
            "7:8: error[4013]: \"#s63DdePaj9\" (11 characters) is not a complete Spark Code"),
        domain(
            "foreign code", "redeem \(foreignCode) as acme",
            "7:8: error[4013]: the post code #s63Dde…qA= is incorrect"),
        domain("deleted code", extra: "delete code c\n", "redeem c as acme", "8:8: error: code #"),
        domain("expired code", extra: "advance 61d\n", "redeem c as acme", "8:8: error[4025]: code #"),
        domain(
            "code used by another brand", extra: "redeem c as acme\n", "redeem c as zeta",
            "8:8: error: code #"),
        domain(
            "expired code cannot be extended", extra: "advance 61d\n", "extend c by 30d",
            "8:8: error: code #"),
        domain(
            "code deleted twice", extra: "delete code c\n", "delete code c",
            "8:13: error: code #Fa6YLl…e0= has been deleted by its creator"),
        domain(
            "video deleted twice", extra: "post video 99 by @bob\ndelete video 99\n", "delete video 99",
            "9:14: error[4002]: video 99 was deleted"),
        domain("brand exists", "brand acme", "7:1: error: brand acme already exists"),
        domain("brand not found", "redeem c as nobody", "7:13: error: no brand nobody"),
        domain(
            "21-code batch", "batch [c,c,c,c,c,c,c,c,c,c,c,c,c,c,c,c,c,c,c,c,c] as acme",
            "7:1: error: too many codes: 21 in one batch, at most 20"),
        domain(
            "brand cannot edit", extra: "redeem c as acme\n", "edit video 42 caption \"x\" as acme",
            "8:30: error: acme cannot change the caption of video 42"),
        domain(
            "campaign exists", extra: "campaign \"d\" by acme {}\n", "campaign \"d\" by acme {}",
            "8:1: error: campaign d already exists"),
        domain("campaign not found", "publish \"nope\"", "7:1: error: no campaign nope"),
        domain(
            "campaign incomplete", extra: "campaign \"d\" by acme {}\n", "publish \"d\"",
            "8:1: error: campaign d needs"),
        domain(
            "campaign state conflict", extra: "campaign \"d\" by acme {}\n", "pause \"d\"",
            "8:1: error: cannot pause campaign d: it is draft"),
        domain(
            "time out of range", extra: "advance 15000000000000w\n", "advance 15000000000000w",
            "8:1: error: that time is out of range"),
        domain("time goes forward", "advance to 2025-01-01", "7:1: error: the clock only moves forward"),
        domain("wrong kind of value", "redeem 42 as acme", "7:8: error: expected a code, found a number"),
        domain(
            "repeat past its limit", "repeat 1000000000 { creator @carol }",
            "7:8: error: `repeat` would run its body more than 1,000,000 times"),
        domain("include of a missing file", "include \"missing.spark\"", "7:9: error: cannot read `"),
        domain("include of itself", "include \"bad.spark\"", "7:9: error: `bad.spark` includes itself"),
    ]

    @Test(arguments: syntaxCases + domainCases)
    func reportsItAndExitsAsDocumented(_ bad: Case) throws {
        let scratch = try ScratchDirectory()
        let file =
            if let raw = bad.raw { try scratch.write("bad.spark", bytes: raw) } else {
                try scratch.write("bad.spark", bad.script)
            }
        let result = try SparkBinary.run([bad.command, file.path])
        Self.expectClean(result, bad)
        // `check` agrees with `run` on syntax: nothing runs, 65 either way.
        if bad.status == 65 {
            let run = try SparkBinary.run(["run", file.path])
            Self.expectClean(run, bad)
            #expect(run.stdout.isEmpty)
        }
    }

    /// What the world looks like, after a marker line.
    static let dump = """
        "=== world ==="
        now
        list creators
        list videos
        list codes
        list brands
        list campaigns
        show @alice
        show c

        """

    @Test(arguments: domainCases)
    func leavesTheWorldAsItWas(_ bad: Case) throws {
        let lines = bad.script.split(separator: "\n", omittingEmptySubsequences: false)
        let failing = lines.dropLast().last.map(String.init) ?? ""
        let before = lines.dropLast(2).joined(separator: "\n") + "\n"
        let scratch = try ScratchDirectory()
        let plain = try scratch.write("plain.spark", before + Self.dump)
        let probed = try scratch.write("bad.spark", before + "expect error { \(failing) }\n" + Self.dump)
        let expected = try SparkBinary.run(["run", plain.path])
        let actual = try SparkBinary.run(["run", probed.path])
        #expect(expected.status == 0, "\(expected.stderr)")
        #expect(actual.status == 0, "the statement did not fail inside expect error: \(actual.stderr)")
        let world = { (text: String) in text.components(separatedBy: "=== world ===").last ?? "" }
        #expect(world(actual.stdout) == world(expected.stdout))
        #expect(world(expected.stdout).contains("@alice"))
    }

    /// `spark test` on a missing path is a usage error instead (64, `TestCommandTests`).
    @Test(arguments: ["run", "check"])
    func aMissingFileExits74(_ command: String) throws {
        let result = try SparkBinary.run([command, "/nonexistent/missing.spark"])
        #expect(result.status == 74)
        #expect(result.stderr.contains("cannot read `/nonexistent/missing.spark`: no such file or directory"))
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: ["run", "check"])
    func aDirectoryGivenAsAFileExits74(_ command: String) throws {
        let scratch = try ScratchDirectory()
        let result = try SparkBinary.run([command, scratch.url.path])
        #expect(result.status == 74)
        #expect(result.stderr.contains("it is a directory"))
        #expect(result.stderr.contains("help: give a .spark file"))
    }

    /// Root reads a file whatever its mode, so this cannot be seen as root: skipped there.
    @Test(.enabled(if: geteuid() != 0, "running as root: a mode-000 file is still readable"))
    func anUnreadableFileExits74() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write("secret.spark", "now\n")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
        let result = try SparkBinary.run(["run", file.path])
        #expect(result.status == 74)
        #expect(result.stderr.contains("permission denied"))
    }

    @Test func anIncludeCycleIsARuntimeErrorWithItsChain() throws {
        let scratch = try ScratchDirectory()
        let first = try scratch.write("a.spark", "creator @alice\ninclude \"b.spark\"\n")
        try scratch.write("b.spark", "now\ninclude \"a.spark\"\n")
        let result = try SparkBinary.run(["run", first.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("b.spark:2:9: error: `a.spark` includes itself"))
        #expect(result.stderr.contains("note: include chain: "))
        // The include is atomic: its `now` ran, but nothing stays half-done (no crash, no recursion).
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test func testReportsFailedAndInvalidScenariosAndExitsOne() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("fail.spark", "creator @a\nexpect @a is ads-enabled\n")
        try scratch.write("syntax.spark", "creator @\n")
        try scratch.write("runtime.spark", "creator @a\ncreator @a\n")
        let result = try SparkBinary.run(["test", scratch.url.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("0 passed, 3 failed"))
        #expect(result.stderr.contains("fail.spark:2:1: error: expected `@a` to be ads-enabled"))
        #expect(result.stderr.contains("syntax.spark:1:9: error: expected a handle after `@`"))
        #expect(result.stderr.contains("runtime.spark:2:9: error: account @a already exists"))
        #expect(!result.stderr.contains("Fatal error"))
    }

    /// The REPL reports a bad line and goes on with the world as it was.
    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
    func theReplReportsAndKeepsTheWorld() throws {
        let scratch = try ScratchDirectory()
        let repl = try TmuxSession(
            [TmuxSession.sparkExecutable, "repl", "--seed", "5", "--start", "2026-12-01"],
            environment: ["NO_COLOR": "1", "SPARK_HISTORY_FILE": scratch.url.path + "/history"],
            workingDirectory: scratch.url.path)
        defer { repl.kill() }
        try repl.waitFor("spark 2026-12-01>")
        try repl.type("creator @alice")
        try repl.press("Enter")
        try repl.waitFor("@alice joined TikTok")
        // A block is one statement: all of it or none of it (a line's earlier statements would stay).
        try repl.type("{ creator @bob; creator @alice }")
        try repl.press("Enter")
        try repl.waitFor("account @alice already exists")
        try repl.type("advance 3x")
        try repl.press("Enter")
        try repl.waitFor("unknown duration unit `x`")
        try repl.type("list creators")
        try repl.press("Enter")
        let screen = try repl.waitFor("@alice   personal")
        let listing = screen.components(separatedBy: "> list creators").last ?? ""
        #expect(listing.contains("@alice") && !listing.contains("@bob"), "\(screen)")
        #expect(!screen.contains("Fatal error"))
    }

    static func expectClean(_ result: SparkBinary.Result, _ bad: Case) {
        #expect(result.status == bad.status, "\(bad.name): \(result.stderr)")
        #expect(result.stderr.contains(bad.fragment), "\(bad.name): \(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
        // A signal shows as a status above 128 through a shell, and as the signal number here.
        #expect(result.status < 128)
    }
}
