import SparkRuntime
import SparkSyntax

/// Reads a lesson file: a spark script whose `//>` comments say how to teach it (Lessons/README.md).
///
/// The file stays a valid script (`spark test Lessons/` runs it), so everything the tutorial needs
/// beyond the statements lives in `//>` directives, and the statements keep their plain meaning:
/// before the first step they set the lesson up, after a `//> given:` they happen meanwhile, and
/// otherwise they are the step's model answer, whose one-line `expect`s are the step's checks.
public enum LessonParser {
    public static func parse(_ text: String) throws(LessonParseError) -> Lesson {
        var builder = Builder()
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            try builder.read(String(line), at: number)
        }
        return try builder.finish(lines: number)
    }

    /// The directive words, in the order a step usually uses them.
    public static let directives = [
        "lesson", "say", "step", "tap", "type", "hint", "given", "answer", "error", "shows", "done",
    ]
}

extension LessonParser {
    private struct Builder {
        var header: (number: Int, title: String)?
        var introduction: [String] = []
        var setup: [String] = []
        var steps: [LessonStep] = []
        /// Inside a step, between `//> given:` and the next directive that ends it.
        var inGiven = false

        mutating func read(_ raw: String, at line: Int) throws(LessonParseError) {
            let trimmed = raw.trimmingSpaces
            if trimmed.hasPrefix("//>") {
                try directive(String(trimmed.dropFirst(3)), at: line)
                return
            }
            if trimmed.isEmpty || trimmed.hasPrefix("//") { return }
            guard header != nil else {
                throw LessonParseError(line: line, message: "a statement before the `//> lesson` line")
            }
            guard var step = steps.popLast() else {
                setup.append(raw)
                return
            }
            defer { steps.append(step) }
            if inGiven {
                step.given += step.given.isEmpty ? raw : "\n" + raw
            } else if LessonParser.isCheck(trimmed) && !Session.isIncomplete(step.answer) {
                step.checks.append(trimmed)
            } else {
                step.answer += step.answer.isEmpty ? raw : "\n" + raw
            }
        }

        mutating func directive(_ body: String, at line: Int) throws(LessonParseError) {
            let trimmed = body.trimmingSpaces
            if trimmed.hasPrefix("lesson ") {
                guard header == nil else {
                    throw LessonParseError(line: line, message: "a second `lesson` line")
                }
                header = try LessonParser.header(String(trimmed.dropFirst(7)), at: line)
                return
            }
            let (word, value) = LessonParser.split(trimmed)
            guard header != nil else {
                throw LessonParseError(line: line, message: "the file must start with `//> lesson N: TITLE`")
            }
            if word == "step" {
                guard !value.isEmpty else {
                    throw LessonParseError(line: line, message: "a step needs a title")
                }
                steps.append(LessonStep(title: value, line: line))
                inGiven = false
                return
            }
            guard var step = steps.popLast() else {
                guard word == "say" else {
                    throw LessonParseError(
                        line: line, message: "`\(word)` belongs in a step (after `//> step:`)")
                }
                introduction.append(value)
                return
            }
            defer { steps.append(step) }
            inGiven = word == "given"
            switch word {
            case "say": step.narration.append(value)
            case "tap": step.taps.append(value)
            case "type": step.typed += step.typed.isEmpty ? value : "\n" + value
            case "hint": step.hints.append(value)
            case "given", "answer": break
            case "error": step.expectedError = value
            case "shows": step.shows = value
            case "done": step.done.append(value)
            default:
                let known = LessonParser.directives.joined(separator: ", ")
                throw LessonParseError(line: line, message: "unknown directive `\(word)` (known: \(known))")
            }
        }

        func finish(lines: Int) throws(LessonParseError) -> Lesson {
            guard let header else {
                throw LessonParseError(line: 1, message: "the file must start with `//> lesson N: TITLE`")
            }
            guard !steps.isEmpty else { throw LessonParseError(line: lines, message: "a lesson needs steps") }
            var finished: [LessonStep] = []
            for var step in steps {
                if step.typed.isEmpty { step.typed = step.answer }
                try LessonParser.validate(step)
                finished.append(step)
            }
            return Lesson(
                number: header.number, title: header.title, introduction: introduction,
                setup: setup.joined(separator: "\n"), steps: finished)
        }
    }

    /// Every step can be checked, has its two hints, and says what to type.
    private static func validate(_ step: LessonStep) throws(LessonParseError) {
        func fail(_ message: String) -> LessonParseError {
            LessonParseError(line: step.line, message: "step \"\(step.title)\": " + message)
        }
        if step.checks.isEmpty && step.expectedError == nil && step.shows == nil {
            throw fail("no check: add an `expect` line, `//> error:` or `//> shows:`")
        }
        if let shows = step.shows, !onlyLooks(shows) {
            throw fail("`//> shows:` takes statements that only look (show, list, reveal, help, explain)")
        }
        if step.hints.count < 2 {
            throw fail("needs two hints (`//> hint:`), a gentle one and a stronger one")
        }
        if step.typed.isEmpty { throw fail("nothing to type: add statements or `//> type:`") }
        if step.answer.isEmpty { throw fail("no model answer: the statements that complete the step") }
    }

    /// Whether `source` parses into looking statements only.
    private static func onlyLooks(_ source: String) -> Bool {
        var parser = Parser(file: SourceFile(path: "<shows>", text: source), checker: nil)
        var count = 0
        while let statement = parser.next() {
            guard StatementRole(statement.kind) == .looking else { return false }
            count += 1
        }
        return count > 0 && parser.diagnostics.isEmpty
    }

    /// `3: The brand` -> (3, "The brand").
    private static func header(_ value: String, at line: Int) throws(LessonParseError) -> (Int, String) {
        let parts = value.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, let number = Int(parts[0].trimmingSpaces), number > 0 else {
            throw LessonParseError(line: line, message: "expected `//> lesson N: TITLE`")
        }
        return (number, parts[1].trimmingSpaces)
    }

    /// ` say: Some text` -> ("say", "Some text"); a bare word has an empty value.
    static func split(_ body: String) -> (word: String, value: String) {
        let text = body.trimmingSpaces
        guard let colon = text.firstIndex(of: ":") else { return (text, "") }
        let word = text[..<colon].trimmingSpaces
        return (word, text[text.index(after: colon)...].trimmingSpaces)
    }

    /// One-line `expect X is STATE` or `expect P of X OP V`; `expect error` blocks are answers.
    static func isCheck(_ line: String) -> Bool {
        guard line.hasPrefix("expect ") else { return false }
        return !line.dropFirst(7).trimmingSpaces.hasPrefix("error")
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
