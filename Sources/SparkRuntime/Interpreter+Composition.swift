import SparkBase
import SparkSyntax

/// `let`, bare expressions, blocks, `repeat`, `include`, and the transactions that make them atomic.
extension Interpreter {
    /// Runs `body` in a transaction over the world and the bindings: all of it or none of it. Its
    /// records are held until the outermost transaction commits; if that one rolls back, its
    /// results, events and warnings are dropped (checks stay), and one line says what was undone.
    func atomically<T>(
        rollingBack what: (word: String, range: SourceRange), _ body: () throws(Diagnostic) -> T
    )
        throws(Diagnostic) -> T
    {
        world.beginTransaction()
        bindings.begin()
        holding += 1
        // Commit and rollback only fail without an open transaction, and this one was just opened.
        do {
            let result = try body()
            try? world.commitTransaction()
            bindings.commit()
            holding -= 1
            if holding == 0 { releaseHeld(rolledBack: nil) }
            return result
        } catch {
            try? world.rollbackTransaction()
            bindings.rollback()
            holding -= 1
            if holding == 0 { releaseHeld(rolledBack: what) }
            throw error
        }
    }

    /// Sends the held records: all of them, or after a rollback only the checks, then one line
    /// saying how many results were undone.
    private func releaseHeld(rolledBack: (word: String, range: SourceRange)?) {
        let records = held
        held = []
        guard let rolledBack else {
            for record in records { sink.emit(record) }
            return
        }
        var undone = 0
        for record in records {
            switch record {
            case .result: undone += 1
            case .event, .warning: break
            case .check, .error: sink.emit(record)
            }
        }
        if undone > 0, wantsResults {
            sink.emit(
                .result(
                    .rolledBack(rolledBack.word, undone: undone),
                    SourceLocation(file: currentFile, range: rolledBack.range)))
        }
    }

    /// Runs a block's statements (a `{ }`, a `repeat` or `expect error` body) one level deeper.
    func runBlock(_ body: [Statement]) throws(Diagnostic) {
        guard let first = body.first else { return }
        if executionDepth >= Self.maximumExecutionDepth { throw tooDeep(first.range, files: false) }
        executionDepth += 1
        defer { executionDepth -= 1 }
        for statement in body { try execute(statement) }
    }

    // let NAME = statement | expression: a statement binds the value it yields (`execute`).
    func bind(_ name: Identifier, _ statement: Statement) throws(Diagnostic) {
        let result: Value
        if case .expression(let expression) = statement.kind {
            result = try value(of: expression)
            emit(.bound(name: name.name, result), statement.range)
        } else {
            result = try execute(statement)
        }
        bindings.bind(name.name, to: result)
    }

    func showValue(_ expression: Expression, _ range: SourceRange) throws(Diagnostic) {
        let value = try value(of: expression)
        switch value {
        case .code, .account, .video, .brand, .campaign: try show(expression, range)
        default: emit(.value(value), range)
        }
    }

    // repeat COUNT [as NAME] block: NAME takes 1, 2, ... COUNT
    func repeatBlock(_ count: Expression, _ variable: Identifier?, _ body: [Statement], _ range: SourceRange)
        throws(Diagnostic)
    {
        let times = try self.count(count)
        try grantRuns(times, "repeat", at: count.range)
        repeatDepth += 1
        defer { repeatDepth -= 1 }
        try atomically(rollingBack: ("repeat", range)) { () throws(Diagnostic) in
            var index: UInt64 = 1
            while index <= times {
                if let variable {
                    // The first run's binding is logged; the later ones need not be (Bindings).
                    if index == 1 {
                        bindings.bind(variable.name, to: .integer(index))
                    } else {
                        bindings.rebindLoopName(variable.name, to: .integer(index))
                    }
                }
                try runBlock(body)
                index += 1
            }
        }
    }

    /// Counts `times` runs of a loop's body (a `repeat` or a `for`) against the limit the loops
    /// running share, or refuses them all.
    func grantRuns(_ times: UInt64, _ loop: String, at range: SourceRange) throws(Diagnostic) {
        if repeatDepth == 0 { repeatRuns = 0 }
        let limit = options.repeatLimit
        guard times <= limit - min(repeatRuns, limit) else {
            let most = DigitGrouping.grouped(Int64(clamping: limit))
            throw error(
                "`\(loop)` would run its body more than \(most) times", at: range,
                notes: repeatDepth == 0 ? [] : ["nested loops count together: each run of a body counts"],
                help: "loop at most \(most) times in all, nested repeats and fors included")
        }
        repeatRuns += times
    }

    // include STRING: relative to the including file
    func include(_ pathExpression: Expression, _ range: SourceRange) throws(Diagnostic) {
        let written = try text(pathExpression)
        let path = IncludePath.resolve(written, from: currentFile.path)
        if includeStack.contains(path) || path == IncludePath.normalize(currentFile.path) {
            throw error(
                "`\(written)` includes itself", at: pathExpression.range,
                notes: [
                    "include chain: " + (includeStack + [currentFile.path, path]).joined(separator: " → ")
                ],
                help: "move the shared statements into a file that neither includes the other")
        }
        try checkIncludeDepth(pathExpression.range)
        let file: SourceFile
        do { file = try state.reader.read(path) } catch {
            throw self.error(
                error.message, at: pathExpression.range, help: "paths are relative to \(currentFile.path)")
        }
        let syntax = SyntaxCheck.diagnostics(of: file, checker: nil)
        if let first = syntax.first {
            for diagnostic in syntax.dropFirst() { send(.error(diagnostic)) }
            throw first
        }
        includeStack.append(IncludePath.normalize(currentFile.path))
        includeSites.append((currentFile, pathExpression.range))
        executionDepth += 1
        defer {
            includeStack.removeLast()
            includeSites.removeLast()
            executionDepth -= 1
        }
        // One statement: an included file that fails at its third statement leaves nothing of
        // the first two.
        try atomically(rollingBack: ("include", range)) { () throws(Diagnostic) in try runChecked(file) }
    }

    /// Includes may nest `maximumIncludeDepth` files deep, and blocks and includes together
    /// `maximumExecutionDepth` levels: every level is a few frames of the evaluator's recursion (some
    /// 17 KiB in a debug build), and a chain of 3,000 files, or 64 files of 256 nested blocks each,
    /// would otherwise exhaust an 8 MiB stack.
    private func checkIncludeDepth(_ range: SourceRange) throws(Diagnostic) {
        if includeSites.count >= Self.maximumIncludeDepth { throw tooDeep(range, files: true) }
        if executionDepth >= Self.maximumExecutionDepth { throw tooDeep(range, files: false) }
    }

    /// The error at `range`, with the chain of includes that led there, innermost first.
    private func tooDeep(_ range: SourceRange, files: Bool) -> Diagnostic {
        let chain = includeSites.reversed().map { site in
            let (line, column) = site.file.location(of: site.range)
            return "included from \(site.file.path):\(line):\(column)"
        }
        let limit =
            files
            ? "spark allows \(Self.maximumIncludeDepth) levels of `include`"
            : "spark allows \(Self.maximumExecutionDepth) levels of blocks and includes together"
        return error(
            files ? "includes nested too deeply" : "blocks and includes nested too deeply", at: range,
            notes: [limit] + chain,
            help: "include the shared files from one top-level script instead of from each other")
    }

    static let maximumIncludeDepth = 64
    static let maximumExecutionDepth = 320
}

/// Include paths are relative to the including file's directory.
enum IncludePath {
    static func resolve(_ path: String, from includer: String) -> String {
        if path.hasPrefix("/") { return normalize(path) }
        guard let slash = includer.lastIndex(of: "/") else { return normalize(path) }
        return normalize(String(includer[...slash]) + path)
    }

    /// Drops `.` and folds `dir/..`, so one file has one name and cycles are seen.
    static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}
