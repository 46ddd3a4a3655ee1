/// Recursive-descent parser over a lazily lexed token stream: one statement at a time, a token or
/// two of lookahead, so `spark check` can stream a million-statement file and drop each statement.
///
/// Errors are data in `diagnostics`. After one, the parser skips to the next statement boundary
/// (panic mode), so one typo gives one message and the next independent mistake still gets its own.
/// A statement containing an error is reported and never returned: only clean statements run.
public struct Parser {
    let file: SourceFile
    /// Where the input ends: the file's end, or the end of the part a parallel check gives this parser.
    let end: Int
    var lexer: Lexer
    /// The current token.
    var token: Token
    /// The token after `token`, once `peek()` has read it (`hasLookahead`). Not an optional: a flag
    /// and a plain token keep `advance()` cheap.
    var lookahead = Token(.end, start: 0, end: 0)
    var hasLookahead = false
    /// Where the last consumed token ended: statements and "expected ..." carets end there.
    var previousEnd = 0
    /// Open `{` and `[` consumed so far, for the nesting guard and for recovery.
    var braceDepth = 0
    var bracketDepth = 0
    /// Arithmetic operators in the statement being parsed (`Parser+Arithmetic.swift`).
    var operatorCount = 0
    var errorCount = 0
    /// Static-check problems of the statement being parsed: reported only if the statement has no
    /// syntax error (one typo, one message). They are warnings, and the statement is kept: the
    /// checker cannot see every binding (a second file, an include), so it must not refuse a
    /// script the runtime might run. A lone unbound word is the exception, an error: it can only be
    /// a misspelled statement.
    var pendingProblems: [Diagnostic] = []
    /// Lexer errors so far, and how many there were when the current statement began: a statement
    /// whose tokens already drew a lexer error gets no second, parser, error (one typo, one message).
    var lexerErrorCount = 0
    var lexerErrorsBeforeStatement = 0
    /// The static checks' state (bound names); a REPL may carry it from one line's parser to the next.
    public internal(set) var checker: StaticChecker?

    /// Deeper nesting of `{` and `[` is refused with one diagnostic, long before the stack runs out.
    static let maximumNesting = 256

    /// For the second part of a parallel check: the checker cannot see the first part's bindings, so
    /// each static-check problem reported is only a candidate, kept here (its index in `diagnostics`
    /// and the name) for `ParallelCheck` to confirm or drop.
    var recordsCandidates = false
    /// The name each pending problem is about (nil for a problem that is not about a name).
    var pendingNames: [String?] = []
    var candidates: [(index: Int, name: String)] = []
    /// A candidate lone word voided the block around it: the parallel check gives way to the
    /// sequential one.
    var candidateVoidsABlock = false

    public internal(set) var diagnostics: [Diagnostic] = []
    /// True when the input ended inside an open `{`, `[` or string: the REPL asks for another line.
    public private(set) var endsIncomplete = false

    /// A parser over `file`. `checker` makes the static checks (unbound names) as it parses; pass nil
    /// to skip them, or a checker seeded with the names a REPL session has already bound.
    public init(file: SourceFile, checker: StaticChecker? = StaticChecker()) {
        self.init(file: file, range: 0..<file.bytes.count, checker: checker)
    }

    /// A parser over the bytes `range` of `file`, as if they were the whole input; offsets (and so
    /// diagnostics) stay the file's.
    public init(file: SourceFile, range: Range<Int>, checker: StaticChecker?) {
        self.file = file
        let end = min(max(range.upperBound, 0), file.bytes.count)
        self.end = end
        var lexer = Lexer(file: file)
        if range.lowerBound > 0 { lexer.position = min(range.lowerBound, end) }
        self.previousEnd = lexer.position
        self.token = file.bytes.withUnsafeBufferPointer { buffer in
            lexer.buffer = UnsafeBufferPointer(rebasing: buffer[0..<end])
            defer { lexer.buffer = UnsafeBufferPointer(start: nil, count: 0) }
            return lexer.next()
        }
        self.lexer = lexer
        self.checker = checker
        collectLexerDiagnostics()
    }

    /// The next statement, or nil at end of input. Syntax errors go to `diagnostics`; parsing resumes
    /// after them.
    // script     = { separator } [ statement { separator { separator } statement } ] { separator } ;
    public mutating func next() -> Statement? {
        // The lexer reads the bytes through a buffer pointer valid for this call only.
        let bytes = file.bytes
        let end = self.end
        return bytes.withUnsafeBufferPointer { buffer in
            lexer.buffer = UnsafeBufferPointer(rebasing: buffer[0..<end])
            defer { lexer.buffer = UnsafeBufferPointer(start: nil, count: 0) }
            return nextStatement()
        }
    }

    /// Parses to the end, dropping the statements, with the bytes held open once rather than per
    /// statement: a parallel check's two threads would otherwise contend for the array's reference
    /// count a million times.
    // script     = { separator } [ statement { separator { separator } statement } ] { separator } ;
    mutating func parseToEnd() {
        let bytes = file.bytes
        let end = self.end
        bytes.withUnsafeBufferPointer { buffer in
            lexer.buffer = UnsafeBufferPointer(rebasing: buffer[0..<end])
            defer { lexer.buffer = UnsafeBufferPointer(start: nil, count: 0) }
            while nextStatement() != nil {}
        }
    }

    private mutating func nextStatement() -> Statement? {
        while true {
            skipSeparators()
            if token.kind == .end {
                if lexer.endedInsideString { endsIncomplete = true }
                return nil
            }
            let errorsBefore = errorCount
            pendingProblems.removeAll(keepingCapacity: true)
            if recordsCandidates { pendingNames.removeAll(keepingCapacity: true) }
            do throws(ParseFailure) {
                let statement = try parseStatement()
                try expectEndOfStatement()
                refuseLoneUnboundWord(statement)
                // An error inside a block was recovered there; the statement as a whole is void.
                guard errorCount == errorsBefore else { continue }
                if !pendingProblems.isEmpty {
                    if recordsCandidates {
                        for (offset, name) in pendingNames.enumerated() {
                            if let name { candidates.append((diagnostics.count + offset, name)) }
                        }
                    }
                    diagnostics.append(contentsOf: pendingProblems)
                }
                return statement
            } catch {
                synchronize(toDepth: 0)
            }
        }
    }

    /// Convenience: everything at once.
    public static func parse(_ file: SourceFile) -> (statements: [Statement], diagnostics: [Diagnostic]) {
        var parser = Parser(file: file)
        var statements: [Statement] = []
        while let statement = parser.next() { statements.append(statement) }
        return (statements, parser.diagnostics)
    }

    // MARK: static checks
    /// Reports `identifier`, used as a value, if the static checker knows it is unbound. The parse goes
    /// on (it is not a syntax error), but the statement is reported and not returned.
    mutating func checkUse(_ identifier: Identifier) {
        guard let checker, let problem = checker.check(identifier, in: file) else { return }
        pendingProblems.append(problem)
        if recordsCandidates { pendingNames.append(identifier.name) }
    }

    /// A lone unbound word is an error wherever it stands, at the top level or in a block, a
    /// `repeat` or an `expect error` body (where names are not checked, it is never reported): it
    /// can only be a misspelled statement. Its static-check problem, the last one pending, becomes
    /// an error, which voids the statement around it.
    mutating func refuseLoneUnboundWord(_ statement: Statement) {
        guard case .expression(let expression) = statement.kind, case .name(let identifier) = expression.kind,
            let last = pendingProblems.last, last.range == identifier.range
        else { return }
        pendingProblems.removeLast()
        if recordsCandidates, let popped = pendingNames.popLast(), let name = popped {
            candidates.append((diagnostics.count, name))
            // In a block, the error voids the statement around it and the warnings it held: if
            // the first part bound the word, a parallel check could not bring them back.
            if braceDepth > 0 { candidateVoidsABlock = true }
        }
        diagnostics.append(last.asError)
        errorCount += 1
    }

    /// A static-check warning that is not about a name (an unknown state or property word).
    mutating func addProblem(_ problem: Diagnostic) {
        pendingProblems.append(problem)
        if recordsCandidates { pendingNames.append(nil) }
    }

    mutating func bindName(_ name: String) {
        checker?.bind(name)
    }

    // MARK: tokens

    /// Consumes the current token. The hot path of the parser: the functions that consume `{ } [ ]`
    /// keep the nesting depths themselves (`open`/`close`), so plain tokens pay nothing for them.
    @inline(__always)
    mutating func advance() {
        previousEnd = token.end
        if hasLookahead {
            token = lookahead
            hasLookahead = false
        } else {
            token = lexer.next()
        }
        if !lexer.diagnostics.isEmpty { collectLexerDiagnostics() }
    }

    /// Consumes a token, counting the `{`, `}`, `[` or `]` it may be.
    mutating func advanceCountingDepth() {
        switch token.kind {
        case .leftBrace: braceDepth += 1
        case .rightBrace: if braceDepth > 0 { braceDepth -= 1 }
        case .leftBracket: bracketDepth += 1
        case .rightBracket: if bracketDepth > 0 { bracketDepth -= 1 }
        default: break
        }
        advance()
    }

    /// The token after the current one, read without consuming anything.
    mutating func peek() -> Token {
        if hasLookahead { return lookahead }
        let next = lexer.next()
        lookahead = next
        hasLookahead = true
        if !lexer.diagnostics.isEmpty { collectLexerDiagnostics() }
        return next
    }

    private mutating func collectLexerDiagnostics() {
        errorCount += lexer.diagnostics.count
        lexerErrorCount += lexer.diagnostics.count
        diagnostics.append(contentsOf: lexer.diagnostics)
        lexer.diagnostics.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    mutating func skipSeparators() {
        while token.kind == .newline || token.kind == .semicolon { advance() }
    }

    mutating func skipNewlines() {
        while token.kind == .newline { advance() }
    }

    // MARK: recovery

    /// Panic mode: skips to the next statement boundary at brace depth `depth` (a newline or `;`,
    /// consumed; or the `}` closing that block, left for its owner), reporting nothing on the way.
    mutating func synchronize(toDepth depth: Int) {
        lexer.isQuiet = true
        defer { lexer.isQuiet = false }
        while true {
            switch token.kind {
            case .end:
                bracketDepth = 0
                return
            case .newline where braceDepth <= depth, .semicolon where braceDepth <= depth:
                bracketDepth = 0
                lexer.isQuiet = false
                advanceCountingDepth()
                return
            case .rightBrace where braceDepth <= depth:
                bracketDepth = 0
                // At the top level a stray `}` has no owner: drop it.
                if depth == 0 {
                    lexer.isQuiet = false
                    advanceCountingDepth()
                }
                return
            default:
                advanceCountingDepth()
            }
        }
    }

    /// Records a syntax error at `range` (by default the current token, or just after the previous
    /// token at a line end) and returns the failure to throw. Nothing is recorded over a token the
    /// lexer already reported.
    mutating func failure(
        _ message: String, at range: SourceRange? = nil, notes: [String] = [], help: String? = nil
    ) -> ParseFailure {
        if token.kind == .end, braceDepth + bracketDepth > 0 { endsIncomplete = true }
        if range == nil, token.kind == .invalid { return ParseFailure() }
        if lexerErrorCount > lexerErrorsBeforeStatement { return ParseFailure() }
        if token.kind == .end, lexer.endedInsideString { endsIncomplete = true }
        let place: SourceRange
        if let range {
            place = range
        } else if token.kind == .newline || token.kind == .end {
            place = SourceRange(start: previousEnd, end: previousEnd)
        } else {
            place = token.range
        }
        diagnostics.append(Diagnostic(.error, message, file: file, range: place, notes: notes, help: help))
        errorCount += 1
        return ParseFailure()
    }

    /// Consumes a `{` or `[`, or refuses to open one past the nesting limit: that failure ends the
    /// whole statement.
    mutating func enterNesting() throws(ParseFailure) {
        guard braceDepth + bracketDepth >= Parser.maximumNesting else {
            advanceCountingDepth()
            return
        }
        diagnostics.append(
            Diagnostic(
                .error, "blocks nested too deeply", file: file, range: token.range,
                notes: ["spark allows \(Parser.maximumNesting) levels of `{` and `[`"]))
        errorCount += 1
        throw ParseFailure(isFatal: true)
    }
}

/// Thrown up the parse functions to the nearest recovery point; the diagnostic is already recorded.
struct ParseFailure: Error {
    /// Recovery points inside blocks let a fatal failure pass, so the whole statement is skipped.
    var isFatal = false
}
