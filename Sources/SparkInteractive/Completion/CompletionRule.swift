import SparkModel
import SparkRuntime
import SparkSyntax

/// One line of the completion table: after these words, offer these things.
struct CompletionRule: Sendable {
    /// What a position may hold: fixed words, or names from the session.
    enum Offer: Sendable, Equatable {
        case words([String])
        case statements
        case handles, brands, bindings, videoIDs, campaigns
    }

    /// Each element matches one word: `*` any word, `@` a handle, `a|b` either literal.
    let pattern: [Set<String>]
    let offers: [Offer]

    init(_ pattern: String, _ offers: Offer...) {
        self.pattern = pattern.split(separator: " ").map { Set($0.split(separator: "|").map(String.init)) }
        self.offers = offers
    }

    func matches(_ words: ArraySlice<String>) -> Bool {
        guard words.count == pattern.count else { return false }
        for (word, allowed) in zip(words, pattern) {
            if allowed.contains("*") { continue }
            if allowed.contains("@") && word.hasPrefix("@") { continue }
            if !allowed.contains(word) { return false }
        }
        return true
    }
}
