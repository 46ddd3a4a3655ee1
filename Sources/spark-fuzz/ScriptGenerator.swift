/// Scripts made from the grammar by a recipe: deep `video`/`campaign` chains and lists, long and
/// nested blocks (`{ }`, `repeat`, `expect error`), includes among a set of in-memory files
/// (chains, cycles, self-includes), long runs of `advance`, and the domain's statements in between,
/// so the fuzzer reaches the evaluator with valid scripts and not only the parser's error paths.
struct ScriptGenerator {
    var recipe: GrammarRecipe
    /// The deepest nesting made (chain, list, block, include chain) and the most bytes in one case.
    private(set) var deepest = 0
    let fileCount: Int
    private static let maximumBlockDepth = 400

    init(_ bytes: [UInt8]) {
        recipe = GrammarRecipe(bytes)
        fileCount = 1 + recipe.size(upTo: 200)
    }

    /// `f0.spark` (the one run) and the files it may include, by name.
    mutating func files() -> [(name: String, text: String)] {
        let chain = recipe.choose(4) == 0
        if chain { deepest = max(deepest, fileCount) }
        return (0..<fileCount).map { index in
            var text = chain && index + 1 < fileCount ? "include \"f\(index + 1).spark\"\n" : ""
            text += statements(count: 1 + recipe.size(upTo: 64), depth: 0, runs: 1)
            return ("f\(index).spark", text)
        }
    }

    private mutating func statements(count: Int, depth: Int, runs: Int) -> String {
        var text = ""
        for _ in 0..<count {
            if recipe.isExhausted && !text.isEmpty { break }
            text += statement(depth: depth, runs: runs)
            text += recipe.choose(8) == 0 ? "; " : "\n"
        }
        return text
    }

    private mutating func statement(depth: Int, runs: Int) -> String {
        switch recipe.choose(16) {
        case 0: return "show " + chain()
        case 1: return "let v\(recipe.choose(4)) = " + value()
        case 2, 3: return block(depth: depth, runs: runs)
        case 4: return "include \"f\(recipe.choose(fileCount)).spark\""
        case 5: return advances(runs: runs)
        case 6: return "creator @c\(recipe.choose(4))"
        case 7: return "post video \(recipe.choose(8)) by @c\(recipe.choose(4)) \"clip\""
        case 8: return "let k\(recipe.choose(4)) = authorize video \(recipe.choose(8)) for \(recipe.byte())d"
        case 9: return "brand b\(recipe.choose(4)) \"Brand\""
        case 10: return "redeem k\(recipe.choose(4)) as b\(recipe.choose(4))"
        case 11:
            return
                "expect video \(recipe.choose(8)) is \(["public", "private", "authorized"][recipe.choose(3)])"
        case 12:
            return "campaign c\(recipe.choose(4)) for b\(recipe.choose(4)) { video k\(recipe.choose(4)) }"
        case 13: return String(repeating: "}", count: recipe.size(upTo: 4_096))
        case 14: return "explain \(4000 + recipe.choose(100))"
        default: return value()
        }
    }

    /// `video video … 42`, `campaign … "w"`, or the two mixed with lists.
    private mutating func chain() -> String {
        let length = recipe.size(upTo: 40_000)
        deepest = max(deepest, length)
        switch recipe.choose(3) {
        case 0: return String(repeating: "video ", count: length) + "42"
        case 1: return String(repeating: "campaign ", count: length) + "\"w\""
        default:
            return String(repeating: "video [", count: length) + "42" + String(repeating: "]", count: length)
        }
    }

    private mutating func value() -> String {
        switch recipe.choose(6) {
        case 0: return "\(recipe.byte() * recipe.byte())"
        case 1: return "$\(recipe.byte()).\(recipe.choose(100))"
        case 2:
            let depth = recipe.size(upTo: 2_000)
            deepest = max(deepest, depth)
            return String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
        case 3: return "\"text \(recipe.byte())\""
        case 4: return chain()
        default: return "v\(recipe.choose(4))"
        }
    }

    /// `{ … }`, `repeat N { … }` or `expect error { … }`, nested as the recipe says. `runs` is how
    /// many times the enclosing repeats run this: past 64, no further `repeat` and no long body, so
    /// an input's work stays within the per-input time limit (a script may legitimately run a
    /// million bodies of thousands of statements, which is slow, not a bug).
    private mutating func block(depth: Int, runs: Int) -> String {
        guard depth < Self.maximumBlockDepth else { return "now" }
        deepest = max(deepest, depth + 1)
        var count = [1, recipe.size(upTo: 100), 1, 2][recipe.choose(4)]
        if runs * max(count, 1) > 64 { count = 1 }
        let head = count == 1 ? ["", "expect error "][recipe.choose(2)] : "repeat \(count) as i "
        // A long straight block, or one nested a level deeper.
        let long = recipe.choose(3) == 0 && runs * count <= 1
        let inner = long ? recipe.size(upTo: 2_000) : 1 + recipe.choose(3)
        return head + "{\n" + statements(count: inner, depth: depth + 1, runs: runs * count) + "}"
    }

    /// `advance` many times, by short and by huge spans.
    private mutating func advances(runs: Int) -> String {
        let count = 1 + recipe.size(upTo: runs > 1 ? 8 : 5_000)
        let unit = ["d", "h", "m", "w"][recipe.choose(4)]
        let amount = recipe.choose(2) == 0 ? "1" : String(recipe.byte() * recipe.byte() * recipe.byte())
        return Array(repeating: "advance \(amount)\(unit)", count: count).joined(separator: "\n")
    }
}
