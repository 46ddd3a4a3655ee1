import Dispatch

/// `spark check` on a big file with two threads: the file is cut at a line boundary near its middle,
/// each part is parsed by its own `Parser`, and the diagnostics are joined. The result is the
/// sequential parse's, exactly; whenever that cannot be shown (the first part does not end cleanly at
/// the cut), the file is parsed again sequentially.
///
/// The second part's static checker cannot see the first part's bindings, so its problems are only
/// candidates: after both parts, those naming a name the first part bound (or all of them, after an
/// `include` in the first part) are dropped, and the rest get the suggestion the sequential parse
/// would have made.
public enum ParallelCheck {
    /// Files smaller than this are parsed sequentially: two threads would not pay for themselves.
    public static let defaultThreshold = 4 << 20

    /// The diagnostics of parsing (and statically checking) `file`, as `Parser(file:)` reports them.
    public static func diagnostics(of file: SourceFile, threshold: Int = defaultThreshold) -> [Diagnostic] {
        guard file.bytes.count >= threshold, let merged = parallelDiagnostics(of: file) else {
            return sequentialDiagnostics(of: file)
        }
        return merged
    }

    /// The two-thread parse's diagnostics, or nil when it cannot show they are the sequential ones.
    static func parallelDiagnostics(of file: SourceFile) -> [Diagnostic]? {
        guard file.bytes.count >= 2, let cut = cutPoint(in: file.bytes) else { return nil }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                var parser = Parser(file: file, range: 0..<cut, checker: StaticChecker())
                parser.parseToEnd()
                results.first = parser
            } else {
                var parser = Parser(file: file, range: cut..<file.bytes.count, checker: StaticChecker())
                parser.recordsCandidates = true
                parser.parseToEnd()
                results.second = parser
            }
        }
        guard let first = results.first, let second = results.second else { return nil }
        return merge(first, second, cut: cut)
    }

    /// The plain one-thread parse.
    public static func sequentialDiagnostics(of file: SourceFile) -> [Diagnostic] {
        var parser = Parser(file: file)
        parser.parseToEnd()
        return parser.diagnostics
    }

    /// Just after the first `\n` past the middle that is followed by a letter (a line that plausibly
    /// starts a statement), or nil if none is near.
    static func cutPoint(in bytes: [UInt8]) -> Int? {
        let limit = min(bytes.count - 1, bytes.count / 2 + (1 << 20))
        var index = bytes.count / 2
        while index < limit {
            if bytes[index] == UInt8(ascii: "\n"), Lexer.isLetter(bytes[index + 1]) { return index + 1 }
            index += 1
        }
        return nil
    }

    /// The joined diagnostics, or nil if the first part did not end cleanly at the cut.
    static func merge(_ first: Parser, _ second: Parser, cut: Int) -> [Diagnostic]? {
        guard let firstChecker = first.checker, second.checker != nil, !first.endsIncomplete,
            !first.lexer.endedInsideString, !first.lexer.isQuiet, first.braceDepth == 0,
            first.bracketDepth == 0, !first.hasLookahead, first.token.kind == .end,
            firstChecker.expectErrorDepth == 0
        else { return nil }
        for diagnostic in first.diagnostics {
            guard let range = diagnostic.range, range.end < cut - 1, range.start < cut - 1 else { return nil }
        }
        var secondDiagnostics = second.diagnostics
        if !second.candidates.isEmpty {
            let bound = firstChecker.boundNames
            var dropped = Array(repeating: false, count: secondDiagnostics.count)
            for (index, name) in second.candidates {
                guard index < secondDiagnostics.count else { return nil }
                if !firstChecker.checksNames || bound.contains(name) {
                    dropped[index] = true
                } else {
                    // The sequential suggestion looks among the first names bound; only when the first
                    // part filled that list is it the first part's alone.
                    guard bound.someNames.count >= NameSet.namesKeptForSuggestions else { return nil }
                    secondDiagnostics[index].help = StaticChecker.suggestion(
                        for: name, among: bound.someNames)
                }
            }
            secondDiagnostics = zip(secondDiagnostics, dropped).filter { !$0.1 }.map(\.0)
        }
        return first.diagnostics + secondDiagnostics
    }

    private final class Results: @unchecked Sendable {
        var first: Parser?
        var second: Parser?
    }
}
