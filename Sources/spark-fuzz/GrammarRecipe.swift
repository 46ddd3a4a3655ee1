/// The fuzzer's bytes read as a recipe of choices: libFuzzer mutates the choices, and the
/// generator (`ScriptGenerator`) turns them into scripts that follow the grammar. Past the end of
/// the bytes every choice is 0, so any input makes a finite script.
struct GrammarRecipe {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isExhausted: Bool { index >= bytes.count }

    mutating func byte() -> Int {
        guard index < bytes.count else { return 0 }
        defer { index += 1 }
        return Int(bytes[index])
    }

    /// A choice in `0..<count`.
    mutating func choose(_ count: Int) -> Int { count <= 1 ? 0 : byte() % count }

    /// A size that is usually small and sometimes large: two bytes, the first picking the scale.
    mutating func size(upTo limit: Int) -> Int {
        let scale = byte() % 4
        let value = byte()
        let sized = [value % 8, value, value * 16, value * value][scale]
        return min(sized, limit)
    }
}
