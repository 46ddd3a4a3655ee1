/// Lays out completion candidates in columns under the input line, the way shells do: filled
/// down each column, then across.
enum CandidateColumns {
    /// Beyond this many, the listing is a count: a screenful of names helps nobody.
    static let limit = 100

    /// The candidates as lines that fit `width` columns, each line ending in a newline.
    static func render(_ candidates: [String], width: Int) -> String {
        if candidates.count > limit {
            return "(\(candidates.count) possibilities: type more to narrow them)\n"
        }
        let gap = 2
        let widest = candidates.map(\.count).max() ?? 0
        let columns = max(1, (max(width, 1) + gap) / (widest + gap))
        let rows = (candidates.count + columns - 1) / columns
        var text = ""
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < candidates.count else { break }
                let word = candidates[index]
                line += word
                if (column + 1) * rows + row < candidates.count {
                    line += String(repeating: " ", count: widest - word.count + gap)
                }
            }
            text += line + "\n"
        }
        return text
    }
}
