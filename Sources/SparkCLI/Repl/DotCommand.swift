/// A REPL command rather than a statement: a line that starts with `.`, as in sqlite3.
enum DotCommand: Equatable {
    case help(topic: String?)
    case load(path: String)
    case save(path: String)
    case timeline(path: String)
    case reset
    case quit

    /// A dot-command that cannot run, said as a diagnostic: a message and what to do instead.
    struct Problem: Error, Equatable {
        let message: String
        let help: String?
    }

    /// The commands, their usage, and what `.help NAME` says about each.
    static let manual: [(names: [String], usage: String, summary: String, detail: String)] = [
        (
            ["help"], ".help [COMMAND]", "this list, or more about one command",
            "`.help` lists the commands; `.help save` explains one. The statements `help` and"
                + " `help TOPIC` explain the language itself."
        ),
        (
            ["load"], ".load FILE", "run a script in this session",
            "`.load FILE` runs the statements of FILE in this session, as if typed: its bindings"
                + " and the world it leaves stay, so you can go on from there."
        ),
        (
            ["save"], ".save FILE", "write this session's statements as a script",
            "`.save FILE` writes the statements of this session that succeeded, in order, as a"
                + " script that `spark run FILE` replays. The file is replaced whole or not at all,"
                + " and only you can read it: it may hold codes."
        ),
        (
            ["timeline"], ".timeline FILE.svg", "draw this session's codes and campaigns as an SVG",
            "`.timeline FILE.svg` draws what happened in this session: a lane per code (generated,"
                + " redeemed, extended, expired or deleted) and per campaign (draft, scheduled,"
                + " running, paused, stopped with the reason), on a dated axis, as `spark run"
                + " --timeline` does for a script."
        ),
        (
            ["reset"], ".reset", "start over: a fresh world, no bindings",
            "`.reset` forgets every binding and starts a fresh world, its clock back where this"
                + " session started (`--start`, or the time the REPL began). The history of typed"
                + " lines stays."
        ),
        (
            ["quit", "exit"], ".quit, .exit", "leave (Ctrl-D does too)",
            "`.quit` or `.exit` leaves the REPL, as Ctrl-D on an empty line does. Every line you"
                + " entered is already in the history."
        ),
    ]

    static var names: [String] { manual.flatMap(\.names) }

    /// The text of `.help` with no topic.
    static var overview: String {
        let width = manual.map(\.usage.count).max() ?? 0
        var text = ""
        for entry in manual {
            text += entry.usage + String(repeating: " ", count: width - entry.usage.count + 2)
            text += entry.summary + "\n"
        }
        text += "\n`help` and `help TOPIC` are statements: they explain the language"
        text += " (try `help authorize`).\n"
        return text
    }

    static func detail(of name: String) -> String? {
        manual.first { $0.names.contains(name) }.map { $0.detail + "\n" }
    }

    /// Parses a line that starts with `.`.
    static func parse(_ line: String) -> Result<DotCommand, Problem> {
        let text = trimmed(line.dropFirst())
        let name = String(text.prefix { $0 != " " && $0 != "\t" })
        let argument = String(trimmed(text.dropFirst(name.count)))
        switch name {
        case "help":
            if argument.isEmpty { return .success(.help(topic: nil)) }
            let topic = argument.hasPrefix(".") ? String(argument.dropFirst()) : argument
            guard names.contains(topic) else {
                return .failure(
                    Problem(
                        message: "no command `.\(topic)`",
                        help: suggestion(for: topic).map { "did you mean `.help \($0)`?" }
                            ?? "`.help` lists the commands; `help \(topic)` explains a statement"))
            }
            return .success(.help(topic: topic))
        case "timeline":
            guard !argument.isEmpty else {
                return .failure(
                    Problem(message: "`.timeline` needs a file", help: "write `.timeline FILE.svg`"))
            }
            return .success(.timeline(path: expandingHome(unquoted(argument))))
        case "load", "save":
            guard !argument.isEmpty else {
                return .failure(Problem(message: "`.\(name)` needs a file", help: "write `.\(name) FILE`"))
            }
            let path = expandingHome(unquoted(argument))
            return .success(name == "load" ? .load(path: path) : .save(path: path))
        case "reset", "quit", "exit":
            guard argument.isEmpty else {
                return .failure(Problem(message: "`.\(name)` takes no argument", help: nil))
            }
            return .success(name == "reset" ? .reset : .quit)
        default:
            let shown = name.isEmpty ? "." : ".\(name)"
            let help = suggestion(for: name).map { "did you mean `.\($0)`? `.help` lists the commands" }
            return .failure(
                Problem(message: "unknown command `\(shown)`", help: help ?? "`.help` lists the commands"))
        }
    }

    /// The closest command name, if any is close: an edit or two away, or a prefix of the word.
    static func suggestion(for word: String) -> String? {
        guard !word.isEmpty else { return nil }
        let scored = names.map { (name: $0, distance: editDistance(word, $0)) }
        if let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= 2 { return best.name }
        return names.first { $0.hasPrefix(word) || word.hasPrefix($0) }
    }

    /// Levenshtein distance: the fewest insertions, deletions and substitutions.
    static func editDistance(_ left: String, _ right: String) -> Int {
        let left = Array(left)
        let right = Array(right)
        var previous = Array(0...right.count)
        for (i, leftCharacter) in left.enumerated() {
            var current = [i + 1]
            for (j, rightCharacter) in right.enumerated() {
                let substitution = previous[j] + (leftCharacter == rightCharacter ? 0 : 1)
                current.append(min(previous[j + 1] + 1, current[j] + 1, substitution))
            }
            previous = current
        }
        return previous[right.count]
    }

    static func trimmed(_ text: Substring) -> Substring {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        guard let first = text.firstIndex(where: { !isBlank($0) }),
            let last = text.lastIndex(where: { !isBlank($0) })
        else { return "" }
        return text[first...last]
    }

    /// `"my file.spark"` → `my file.spark`: quotes allow spaces, which are kept anyway.
    private static func unquoted(_ text: String) -> String {
        if text.count >= 2 && text.hasPrefix("\"") && text.hasSuffix("\"") {
            return String(text.dropFirst().dropLast())
        }
        return text
    }

    private static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = Terminal.environment("HOME") else {
            return path
        }
        return home + path.dropFirst()
    }
}
