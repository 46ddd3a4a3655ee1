/// `spark check` of a big file in two parts that can be parsed at the same time: the file is cut at
/// a line boundary near its middle, each part is parsed by its own `Parser`, and the diagnostics are
/// joined. The result is the sequential parse's, exactly; whenever that cannot be shown (the first
/// part does not end cleanly at the cut), `merge` says so and the caller parses sequentially.
///
/// The second part's static checker cannot see the first part's bindings, so its problems are only
/// candidates: after both parts, those naming a name the first part bound (or all of them, after an
/// `include` in the first part) are dropped, and the rest get the suggestion the sequential parse
/// would have made. The threads are the caller's (`ParallelCheck` in the command line): this
/// module has none.
public enum SplitCheck {
    /// One part, parsed to its end.
    public struct Part: @unchecked Sendable {
        fileprivate var parser: Parser
    }

    /// The plain one-thread parse.
    public static func sequentialDiagnostics(of file: SourceFile) -> [Diagnostic] {
        var parser = Parser(file: file)
        parser.parseToEnd()
        return parser.diagnostics
    }

    /// Just after the first `\n` past the middle that is followed by a letter (a line that plausibly
    /// starts a statement), or nil if none is near.
    public static func cutPoint(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 2 else { return nil }
        let limit = min(bytes.count - 1, bytes.count / 2 + (1 << 20))
        var index = bytes.count / 2
        while index < limit {
            if bytes[index] == UInt8(ascii: "\n"), Lexer.isLetter(bytes[index + 1]) { return index + 1 }
            index += 1
        }
        return nil
    }

    /// Parses the part before the cut (`first`) or after it.
    public static func parse(_ file: SourceFile, cut: Int, first: Bool) -> Part {
        var parser = Parser(
            file: file, range: first ? 0..<cut : cut..<file.bytes.count, checker: StaticChecker())
        parser.recordsCandidates = !first
        parser.parseToEnd()
        return Part(parser: parser)
    }

    /// The joined diagnostics, or nil if the first part did not end cleanly at the cut.
    public static func merge(_ firstPart: Part, _ secondPart: Part, cut: Int) -> [Diagnostic]? {
        let first = firstPart.parser
        let second = secondPart.parser
        guard let firstChecker = first.checker, second.checker != nil, !first.endsIncomplete,
            !first.lexer.endedInsideString, !first.lexer.isQuiet, first.braceDepth == 0,
            first.bracketDepth == 0, !first.hasLookahead, first.token.kind == .end,
            firstChecker.expectErrorDepth == 0, !second.candidateVoidsABlock
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
}
