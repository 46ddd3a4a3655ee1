/// What a line editor does with the candidates for the word under the cursor: the text to
/// insert at the cursor, and the alternatives to list when there are several.
///
/// Candidates are full words, so the part already typed is the longest end of the line that
/// starts a candidate; the editor needs no knowledge of how the completer cuts words.
public struct CompletionEdit: Equatable, Sendable {
    /// Inserted at the cursor: a unique candidate's rest and a space, or the rest of the
    /// candidates' common prefix. Empty when there is nothing to add.
    public let insertion: String
    /// The candidates to show below the line when there are several; empty otherwise.
    public let alternatives: [String]

    public init(lineBeforeCursor: String, candidates: [String]) {
        guard let first = candidates.first else {
            insertion = ""
            alternatives = []
            return
        }
        let line = Array(lineBeforeCursor.utf8)
        var common = Array(first.utf8)
        for candidate in candidates.dropFirst() {
            common = Array(zip(common, candidate.utf8).prefix { $0 == $1 }.map(\.0))
        }
        let typed = CompletionEdit.typedLength(line: line, candidate: Array(first.utf8))
        if candidates.count == 1 {
            insertion = String(decoding: common[typed...], as: UTF8.self) + " "
            alternatives = []
        } else {
            insertion = typed < common.count ? String(decoding: common[typed...], as: UTF8.self) : ""
            alternatives = candidates
        }
    }

    /// The longest end of `line` that `candidate` starts with, at most the whole candidate.
    private static func typedLength(line: [UInt8], candidate: [UInt8]) -> Int {
        var length = min(line.count, candidate.count)
        while length > 0 {
            if line[(line.count - length)...].elementsEqual(candidate[..<length]) { return length }
            length -= 1
        }
        return 0
    }
}
