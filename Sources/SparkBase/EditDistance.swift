/// Levenshtein distance for "did you mean" suggestions on misspelled keywords, units and fields.
public enum EditDistance {
    /// The candidate closest to `word` within `limit` edits, preferring the first on ties.
    /// Words longer than this get no suggestion: nobody misspells a 100,000-letter name, and the
    /// distance costs the product of the two lengths (two such words once took minutes).
    public static let longestWord = 64

    public static func closest(to word: String, among candidates: [String], limit: Int = 2) -> String? {
        guard word.utf8.count <= longestWord else { return nil }
        let source = Array(word.utf8)
        var best: (word: String, distance: Int)?
        for candidate in candidates {
            guard abs(candidate.utf8.count - source.count) <= limit else { continue }
            let target = Array(candidate.utf8)
            let distance = between(source, target)
            if distance <= limit, distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        // A one-letter word is "close" to every two-letter keyword, and `foo` is two edits from
        // `now`: noise, not suggestions. More than one edit must leave most of the word standing.
        guard let best, best.distance < max(source.count, 2) else { return nil }
        guard best.distance <= 1 || best.distance * 2 < source.count else { return nil }
        return best.word
    }

    static func between(_ source: [UInt8], _ target: [UInt8]) -> Int {
        if source.isEmpty { return target.count }
        if target.isEmpty { return source.count }
        var previous = Array(0...target.count)
        var current = [Int](repeating: 0, count: target.count + 1)
        for (row, sourceByte) in source.enumerated() {
            current[0] = row + 1
            for (column, targetByte) in target.enumerated() {
                let substitution = previous[column] + (sourceByte == targetByte ? 0 : 1)
                current[column + 1] = min(previous[column + 1] + 1, current[column] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[target.count]
    }
}
