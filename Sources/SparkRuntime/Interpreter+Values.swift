import SparkModel
import SparkSyntax

/// Turning expressions into values, and values into what a statement needs.
extension Interpreter {
    func value(of expression: Expression) throws(Diagnostic) -> Value {
        switch expression.kind {
        case .integer(let number): return .integer(number)
        case .money(let cents): return .money(cents: cents)
        case .timeSpan(let span): return .timeSpan(span)
        case .dateTime(let literal): return .instant(literal.secondsSinceEpoch)
        case .string(let text): return .string(text)
        case .code(let text): return .code(text)
        case .handle(let handle): return .account(handle)
        case .name(let identifier): return try lookUp(identifier)
        case .list(let elements):
            var values: [Value] = []
            values.reserveCapacity(elements.count)
            for element in elements { values.append(try value(of: element)) }
            return .list(values)
        case .video(let id): return .video(try videoID(id))
        case .campaign(let name): return .campaign(try campaignName(name))
        case .brand(let identifier): return .brand(identifier.name)
        case .decimal(let digits, let scale): return try decimal(digits, scale, expression.range)
        case .template(let parts): return .string(try text(of: parts))
        case .madeHandle(let text): return .account(try madeHandle(text))
        case .madeBrand(let text): return .brand(try madeBrandName(text))
        case .binary(let op, let left, let right): return try arithmetic(op, left, right, expression.range)
        case .property(let name, let subject): return try property(name, of: subject)
        }
    }

    /// A bound name; failing that, a brand of that name (`show acme`).
    func lookUp(_ identifier: Identifier) throws(Diagnostic) -> Value {
        if let bound = bindings[identifier.name] { return bound }
        if world.brandExists(identifier.name) { return .brand(identifier.name) }
        throw error(
            "`\(identifier.name)` is used before it is bound", at: identifier.range,
            notes: ["a name is bound by `let \(identifier.name) = ...`"],
            help: meantName(identifier.name).map { "did you mean `\($0)`?" }
                ?? "bind it first, e.g. `let \(identifier.name) = authorize video 42`")
    }

    /// What an unbound word was probably meant to be: an account of that name written without its
    /// `@` (`sam` for `@sam`), or a binding or brand a letter or two away.
    private func meantName(_ word: String) -> String? {
        if world.account(Handle(word)) != nil { return "@" + word }
        let brands = (0..<world.count(of: .brand)).compactMap { world.name(of: .brand, at: $0) }
        return Suggestion.closest(to: word, among: bindings.names.sorted() + brands)
    }

    /// The text of a code: a pasted code, a quoted string holding one, or a name bound to one.
    /// Any text is passed on: the domain decides whether it is well-formed (error 4013).
    func codeText(_ expression: Expression) throws(Diagnostic) -> String {
        switch try value(of: expression) {
        case .code(let text): return text
        // A pasted code often brings a space or a line break with it.
        case .string(let text):
            return String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
        case let other: throw mismatch(expression, expected: "a code", found: other)
        }
    }

    func videoID(_ expression: Expression) throws(Diagnostic) -> UInt64 {
        switch try value(of: expression) {
        case .integer(let id), .video(let id): return id
        case let other: throw mismatch(expression, expected: "a video id", found: other)
        }
    }

    func handle(_ expression: Expression) throws(Diagnostic) -> String {
        switch try value(of: expression) {
        case .account(let handle): return handle
        case let other: throw mismatch(expression, expected: "an account such as @alice", found: other)
        }
    }

    func campaignName(_ expression: Expression) throws(Diagnostic) -> String {
        if case .string(let name) = expression.kind { return name }
        switch try value(of: expression) {
        case .campaign(let name), .string(let name): return name
        case let other: throw mismatch(expression, expected: "a campaign name", found: other)
        }
    }

    func text(_ expression: Expression) throws(Diagnostic) -> String {
        switch try value(of: expression) {
        case .string(let text): return text
        case let other: throw mismatch(expression, expected: "a string", found: other)
        }
    }

    func timeSpan(_ expression: Expression) throws(Diagnostic) -> TimeSpan {
        switch try value(of: expression) {
        case .timeSpan(let span): return span
        case let other: throw mismatch(expression, expected: "a duration such as 30d", found: other)
        }
    }

    func instant(_ expression: Expression) throws(Diagnostic) -> Int64 {
        switch try value(of: expression) {
        case .instant(let seconds): return seconds
        case let other: throw mismatch(expression, expected: "a date such as 2026-12-01", found: other)
        }
    }

    func cents(_ expression: Expression) throws(Diagnostic) -> Int64 {
        switch try value(of: expression) {
        case .money(let cents): return cents
        case let other: throw mismatch(expression, expected: "an amount such as $50", found: other)
        }
    }

    func count(_ expression: Expression) throws(Diagnostic) -> UInt64 {
        switch try value(of: expression) {
        case .integer(let number): return number
        case let other: throw mismatch(expression, expected: "a number", found: other)
        }
    }

    func mismatch(_ expression: Expression, expected: String, found: Value) -> Diagnostic {
        error("expected \(expected), found \(found.kindName)", at: expression.range)
    }

    /// A runtime diagnostic at a range of the file being run.
    func error(_ message: String, at range: SourceRange, notes: [String] = [], help: String? = nil)
        -> Diagnostic
    {
        Diagnostic(.error, message, file: currentFile, range: range, notes: notes, help: help)
    }
}
