/// Tab completion for spark statements: the full candidate words for the word under the cursor.
///
/// Reads the line with the language's lexer (`CompletionScan`), walks the language table's forms to
/// the slot the cursor is in (`CompletionGrammar`), and fills it with the table's words or the
/// session's names (a `CompletionVocabulary`); it is not a parser, so it never fails, it only
/// offers less.
///
///     let completer = Completer(vocabulary: CompletionVocabulary(brands: ["acme", "beta"]))
///     completer.complete("redeem c as a")   // ["acme"]
public struct Completer: Sendable {
    public let vocabulary: CompletionVocabulary

    public init(vocabulary: CompletionVocabulary) {
        self.vocabulary = vocabulary
    }

    /// The words that can replace the partial word at the end of `lineBeforeCursor` (which may
    /// hold several lines: an unfinished block typed so far). Fixed words come first in the order
    /// of the language, then names, each kind in sorted order; no duplicates.
    public func complete(_ lineBeforeCursor: String) -> [String] {
        let line = CompletionLine(lineBeforeCursor)
        var offers = CompletionGrammar.offers(for: line)
        // A word that starts like a handle is a handle wherever the table has no answer.
        if offers.isEmpty && line.current.hasPrefix("@") && line.place != .comment {
            offers = [.handles]
        }
        var candidates: [String] = []
        var seenWords: Set<String> = []
        for case .words(let words) in offers {
            for word in words where word.hasPrefix(line.current) && seenWords.insert(word).inserted {
                candidates.append(word)
            }
        }
        var seenNames: [CompletionOffer] = []
        for offer in offers where !seenNames.contains(offer) {
            if case .words = offer { continue }
            seenNames.append(offer)
            candidates.append(contentsOf: names(offer, matching: line.current))
        }
        return candidates
    }

    private func names(_ offer: CompletionOffer, matching prefix: String) -> [String] {
        switch offer {
        case .words: []
        case .handles: Array(vocabulary.handles.matching(prefix: prefix))
        case .brands: Array(vocabulary.brands.matching(prefix: prefix))
        case .bindings: Array(vocabulary.bindings.matching(prefix: prefix))
        case .videoIDs: Array(vocabulary.videoIDs.matching(prefix: prefix))
        case .campaigns: campaigns(matching: prefix)
        }
    }

    /// Campaign names are strings: `"win` completes to `"winter"`, and an empty word offers all.
    private func campaigns(matching word: String) -> [String] {
        guard word.isEmpty || word.hasPrefix("\"") else { return [] }
        // The typed text may hold escapes; match names on the unescaped start of the string.
        let typed = Completer.unescape(String(word.dropFirst()))
        return vocabulary.campaigns.matching(prefix: typed).map(Completer.quote)
            .filter { $0.hasPrefix(word) }
    }

    /// `winter "26"` → `"winter \"26\""`.
    static func quote(_ name: String) -> String {
        var quoted = "\""
        for character in name {
            if character == "\"" || character == "\\" { quoted.append("\\") }
            quoted.append(character)
        }
        quoted.append("\"")
        return quoted
    }

    private static func unescape(_ text: String) -> String {
        var plain = ""
        var escaped = false
        for character in text {
            if !escaped && character == "\\" {
                escaped = true
                continue
            }
            escaped = false
            plain.append(character)
        }
        return plain
    }
}
