import SparkRuntime
import SparkSyntax
import Testing

@testable import SparkCLI

/// The text of results, rendered from data: what `spark run`, the REPL and the tutorial print.
struct ResultTextTests {
    /// The text of every result of `script`, run in a fresh seeded world.
    private func texts(_ script: String) -> [String] {
        let buffer = RecordBuffer()
        _ = Session(options: SessionOptions(), reader: FileScriptReader(), sink: buffer)
            .run([SourceFile(path: "t.spark", text: script)])
        return buffer.records.compactMap { record in
            if case .result(let result, _) = record { ResultText.text(for: result) } else { nil }
        }
    }

    static let setUp = """
        creator @alice
        enable ad authorization for @alice
        post video 42 by @alice "Winter haul"
        brand acme "Acme Outdoor"

        """

    @Test func aCodeIsShownWholeOnceThenMasked() throws {
        let lines = texts(Self.setUp + "let c = authorize video 42 for 60d\nredeem c as acme\nshow c\n[c]")
        let generated = try #require(lines.first { $0.hasPrefix("code #") })
        let code = try #require(generated.split(separator: " ").dropFirst().first)
        #expect(code.count == 65 && code.hasSuffix("="))
        #expect(generated.hasSuffix("for video 42, 60 days, expires 2026-03-02 00:00 UTC"))
        let masked = String(code.prefix(7)) + "…" + String(code.suffix(3))
        let later = lines.dropFirst(5)
        #expect(!later.joined().contains(code))
        #expect(
            Array(later) == [
                "acme authorized video 42 by @alice with code \(masked)",
                """
                code \(masked)
                  video     42 by @alice
                  status    IN_USE, bound to acme
                  duration  60 days, expires 2026-03-02 00:00 UTC (60d left)
                """,
                "[code \(masked)]",
            ])
    }

    @Test func creatorSideResultsReadAsBefore() {
        #expect(
            texts("creator @bob as business\npost story 7 by @bob\nmake video 7 private\nnow\nlet x = 5")
                == [
                    "@bob joined TikTok (business account)", "story 7 posted by @bob, public",
                    "video 7 is now private", "2026-01-01 00:00 UTC", "x = 5",
                ])
    }

    @Test func aBatchSaysWhatEachCodeDid() {
        let lines = texts(Self.setUp + "let a = authorize video 42\nbatch [a, #nope] as acme")
        #expect(lines.last?.hasPrefix("batch of 2 for acme: 1 authorized, 1 refused\n  ✓ #") == true)
        #expect(
            lines.last?.hasSuffix("\n  ✗ #nope [4013] \"#nope\" (5 characters) is not a complete Spark Code")
                == true)
    }

    @Test func listingsAreAlignedTables() {
        #expect(
            texts(Self.setUp + "list brands\nlist campaigns") == [
                "@alice joined TikTok (personal account)", "Ad authorization on for @alice",
                "video 42 posted by @alice, public: \"Winter haul\"",
                "brand acme (Acme Outdoor) opened an Ads Manager account",
                "BRAND  NAME          LIBRARY\nacme   Acme Outdoor  0", "no campaigns",
            ])
    }
}
