import SparkSyntax

/// The text before the cursor, as the completer needs it: the finished tokens of the statement
/// being typed, the partial word under the cursor, and what kind of place it is in.
///
/// The tokens come from the language's own lexer in its forgiving mode (`CompletionScan`); this
/// only follows the blocks and lists they open, so it copes with unfinished input and never fails.
struct CompletionLine {
    enum Place: Equatable {
        /// Where a statement goes: the top level, or a `{ }` block of statements.
        case statement
        /// Inside a `campaign ... { }` block, where the campaign's fields go.
        case campaignField
        /// Inside `[ ]`, where a list of codes goes.
        case list
        /// In a comment: nothing to offer.
        case comment
    }

    /// The finished tokens of the current statement; a closed `[...]` or `{...}` is one token of
    /// kind `.leftBracket` or `.leftBrace`.
    var tokens: [CompletionScan.Token] = []
    /// The partial word under the cursor, empty after a space; an open string keeps its `"`.
    var current = ""
    var place = Place.statement

    init(_ text: String) {
        let scan = CompletionScan(text)
        current = scan.partial
        // Each open `{` or `[` saves the tokens of the statement that opened it.
        var outer: [(tokens: [CompletionScan.Token], place: Place)] = []
        for token in scan.tokens {
            switch token.kind {
            case .separator:
                if place != .list { tokens = [] }
            case .comma where place == .list:
                break
            case .leftBrace, .leftBracket:
                outer.append((tokens, place))
                if token.kind == .leftBracket {
                    place = .list
                } else {
                    place = CompletionLine.opensFields(tokens) ? .campaignField : .statement
                }
                tokens = []
            case .rightBrace, .rightBracket:
                if let saved = outer.popLast() {
                    let opener: CompletionScan.Kind = token.kind == .rightBracket ? .leftBracket : .leftBrace
                    tokens = saved.tokens + [CompletionScan.Token(kind: opener, text: "")]
                    place = saved.place
                } else {
                    tokens = []
                }
            default:
                tokens.append(token)
            }
        }
        if scan.endsInComment { place = .comment }
    }

    /// A `{` where the table's form has its FIELDS (`campaign ... by BRAND {`, `edit campaign ... {`,
    /// also after `let x =`) opens the campaign's fields.
    private static func opensFields(_ tokens: [CompletionScan.Token]) -> Bool {
        var rest = tokens[...]
        while rest.count >= 3, rest.first?.text == "let", rest.dropFirst(2).first?.kind == .assign {
            rest = rest.dropFirst(3)
        }
        return CompletionGrammar.expectsFields(after: rest)
    }
}
