import Testing

@testable import SparkSyntax

@Suite struct LexerTests {
    private func single(_ text: String) -> Token? {
        let (tokens, diagnostics) = TestSupport.tokens(text)
        #expect(diagnostics.isEmpty, "\(text): \(diagnostics.map(\.message))")
        #expect(tokens.count == 1, "\(text): \(tokens.map(\.kind))")
        return tokens.first
    }

    @Test(arguments: [
        ("acme", Keyword.none), ("authorize", .authorize), ("ads-enabled", .none), ("in-feed", .inFeed),
        ("ad_auth_status", .none),
        ("_x1", .none), ("video", .video),
    ])
    func words(text: String, keyword: Keyword) {
        let token = single(text)
        #expect(token?.kind == .word)
        #expect(token?.keyword == keyword)
        #expect(token?.end == text.utf8.count)
    }

    /// The keyword switch and the keyword list cannot drift apart: each case is read from its spelling.
    @Test func everyKeywordIsRecognised() {
        for keyword in Keyword.allCases where keyword != .none {
            let name = keyword.spelling
            #expect(single(name)?.keyword == keyword, "\(name)")
            #expect(single(name + "s")?.keyword != keyword)
        }
        #expect(single("authorise")?.keyword == Keyword.none)
    }

    @Test func wordStopsBeforeHyphenDigit() {
        let kinds = TestSupport.tokens("age 18-34 x-1").tokens.map(\.kind)
        #expect(kinds == [.word, .integer, .minus, .integer, .word, .minus, .integer])
    }

    @Test(arguments: ["@alice", "@bob.smith_2", "@7up"])
    func handles(text: String) {
        #expect(single(text)?.kind == .handle)
    }

    @Test(arguments: [
        ("42", UInt64(42)), ("7203114876543219", 7_203_114_876_543_219),
        ("9999999999999999999", 9_999_999_999_999_999_999), ("0", 0),
    ])
    func integers(text: String, value: UInt64) {
        let token = single(text)
        #expect(token?.kind == .integer)
        #expect(token?.number == value)
    }

    @Test(arguments: [
        ("$50", Int64(5_000)), ("$1,000", 100_000), ("$19.99", 1_999), ("$19.9", 1_990),
        ("$1,234,567.05", 123_456_705), ("$0", 0),
    ])
    func money(text: String, cents: Int64) {
        let token = single(text)
        #expect(token?.kind == .money)
        #expect(token.map { Int64(bitPattern: $0.number) } == cents)
    }

    @Test(arguments: [
        ("7d", UInt64(7), TimeSpan.Unit.days), ("30d", 30, .days), ("12h", 12, .hours), ("2w", 2, .weeks),
        ("90m", 90, .minutes),
    ])
    func durations(text: String, amount: UInt64, unit: TimeSpan.Unit) {
        let token = single(text)
        #expect(token?.kind == .duration)
        #expect(token?.number == amount)
        #expect(token?.unit == unit)
    }

    @Test(arguments: [
        ("2026-12-01", Int64(1_796_083_200), false), ("2026-12-01T09:30", 1_796_117_400, true),
        ("2026-12-01T09:30Z", 1_796_117_400, true), ("1970-01-01", 0, false),
        ("2024-02-29", 1_709_164_800, false),
        ("2000-03-01T00:00Z", 951_868_800, true),
    ])
    func dates(text: String, seconds: Int64, hasTime: Bool) {
        let token = single(text)
        #expect(token?.kind == .dateTime)
        #expect(token.map { Int64(bitPattern: $0.number) } == seconds)
        #expect(token?.hasTime == hasTime)
    }

    @Test(arguments: [
        ("\"Winter haul #ootd\"", "Winter haul #ootd"), ("\"a\\\"b\\\\c\\nd\\te\"", "a\"b\\c\nd\te"),
        ("\"smile \\u{1F600}\"", "smile 😀"), ("\"héllo\"", "héllo"), ("\"two\nlines\"", "two\nlines"),
    ])
    func strings(text: String, value: String) {
        let bytes = Array(text.utf8)
        guard let token = single(text) else { return }
        #expect(token.kind == .string)
        let decoded = bytes.withUnsafeBufferPointer {
            Lexer.decodeString($0, start: token.start, end: token.end, hasEscapes: token.hasEscapes)
        }
        #expect(decoded == value)
    }

    /// The string scanner skips eight bytes at a time: quotes, escapes and non-ASCII at every offset.
    @Test(arguments: 0..<18)
    func stringsAtEveryOffset(length: Int) {
        let run = String(repeating: "a", count: length)
        for (source, expected) in [
            ("\"\(run)\"", run), ("\"\(run)\\n\(run)\"", "\(run)\n\(run)"),
            ("\"\(run)é\(run)\"", "\(run)é\(run)"),
        ] {
            let bytes = Array((source + " x").utf8)
            let (tokens, diagnostics) = TestSupport.tokens(bytes)
            #expect(diagnostics.isEmpty)
            #expect(tokens.map(\.kind) == [.string, .word])
            guard let token = tokens.first else { continue }
            let decoded = bytes.withUnsafeBufferPointer {
                Lexer.decodeString($0, start: token.start, end: token.end, hasEscapes: token.hasEscapes)
            }
            #expect(decoded == expected)
        }
        let unterminated = TestSupport.tokens("\"" + run)
        #expect(unterminated.diagnostics.map(\.message) == ["unterminated string"])
    }

    @Test(arguments: [
        "#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=", "#abc", "#ab/c+d==",
        "#s63Dde...qA=",
    ])
    func codes(text: String) {
        let token = single(text)
        #expect(token?.kind == .code)
        #expect(token?.end == text.utf8.count)
    }

    @Test func punctuation() {
        let kinds = TestSupport.tokens("{ } [ ] , ; = == != < <= > >= -").tokens.map(\.kind)
        #expect(
            kinds == [
                .leftBrace, .rightBrace, .leftBracket, .rightBracket, .comma, .semicolon, .assign, .equal,
                .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .minus,
            ])
    }

    @Test func newlinesCommentsAndTabs() {
        let kinds = TestSupport.tokens("a\r\nb\n\tc // comment #not-a-code\rd").tokens.map(\.kind)
        #expect(kinds == [.word, .newline, .word, .newline, .word, .newline, .word])
    }

    @Test func hashIsNotAComment() {
        let (tokens, diagnostics) = TestSupport.tokens("# comment")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message == "a code starts with # and continues with base64 characters")
        #expect(tokens.first?.kind == .invalid)
    }

    @Test func invalidUTF8AndNulDoNotCrash() {
        let (tokens, diagnostics) = TestSupport.tokens([0x61, 0xFF, 0x62, 0x00, 0x63])
        #expect(tokens.map(\.kind) == [.word, .invalid, .word, .invalid, .word])
        #expect(diagnostics.map(\.message) == ["invalid UTF-8 byte", "unexpected NUL byte"])
    }
}
