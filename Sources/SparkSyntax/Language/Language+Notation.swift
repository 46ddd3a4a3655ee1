extension Language {
    /// Reads and writes the notation of `Form` (`authorize video VIDEO [for DURATION] [as HANDLE]`).
    enum Notation {
        /// The patterns of one form. The notation is the table's own, checked by a test that every
        /// form reads back to its text; an unbalanced bracket ends the group it is in.
        static func read(_ text: String) -> [Pattern] {
            var spaced = ""
            for character in text {
                if "[]()".contains(character) {
                    spaced += " \(character) "
                } else {
                    spaced.append(character)
                }
            }
            var items = spaced.split(separator: " ").map(String.init)[...]
            return sequence(&items)
        }

        /// Items up to a closing bracket or the end, with `|` separating alternatives.
        private static func sequence(_ items: inout ArraySlice<String>) -> [Pattern] {
            var alternatives: [[Pattern]] = [[]]
            while let item = items.first {
                if item == "]" || item == ")" { break }
                items.removeFirst()
                switch item {
                case "|": alternatives.append([])
                case "[":
                    let inner = sequence(&items)
                    if items.first == "]" { items.removeFirst() }
                    alternatives[alternatives.count - 1].append(.optional(inner))
                case "(":
                    let inner = sequence(&items)
                    if items.first == ")" { items.removeFirst() }
                    alternatives[alternatives.count - 1].append(contentsOf: inner)
                default:
                    if let slot = Slot(rawValue: item) {
                        alternatives[alternatives.count - 1].append(.slot(slot))
                    } else {
                        let words = item.split(separator: "|").map(String.init)
                        alternatives[alternatives.count - 1].append(.words(words))
                    }
                }
            }
            return alternatives.count == 1 ? alternatives[0] : [.choice(alternatives)]
        }

        /// A form as help shows it, each slot written by `display`. A choice of single steps is
        /// written without parentheses: `[NUMBER|"TEXT"]`.
        static func render(_ patterns: [Pattern], display: (Slot) -> String) -> String {
            patterns.map { render($0, display) }.joined(separator: " ")
        }

        private static func render(_ pattern: Pattern, _ display: (Slot) -> String) -> String {
            switch pattern {
            case .words(let words): words.joined(separator: "|")
            case .slot(let slot): display(slot)
            case .optional(let inner):
                if inner.count == 1, case .choice(let alternatives) = inner[0] {
                    "[" + alternatives.map { render($0, display: display) }.joined(separator: " | ") + "]"
                } else {
                    "[" + render(inner, display: display) + "]"
                }
            case .choice(let alternatives):
                if alternatives.allSatisfy({ $0.count == 1 }) {
                    alternatives.map { render($0, display: display) }.joined(separator: "|")
                } else {
                    "(" + alternatives.map { render($0, display: display) }.joined(separator: " | ") + ")"
                }
            }
        }

        /// Every literal word of `patterns`, in order, punctuation left out.
        static func words(in patterns: [Pattern]) -> [String] {
            patterns.flatMap { pattern -> [String] in
                switch pattern {
                case .words(let words): words.filter { $0.first?.isLetter == true }
                case .slot: []
                case .optional(let inner): Notation.words(in: inner)
                case .choice(let alternatives): alternatives.flatMap { Notation.words(in: $0) }
                }
            }
        }
    }
}
