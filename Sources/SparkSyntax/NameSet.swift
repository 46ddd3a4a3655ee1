/// The names a script has bound, for the static checker: an open-addressing table of 64-bit FNV-1a
/// hashes of the names' bytes.
///
/// A script can bind a million names, and `Set<String>` spent more time hashing (seeded SipHash)
/// than the parser spent parsing. Two different names sharing a 64-bit hash would make an unbound
/// name look bound: a missed diagnostic, never a false one, which suits a conservative check.
struct NameSet: Sendable {
    private var slots: [UInt64] = Array(repeating: 0, count: 64)
    private(set) var count = 0
    /// The first names bound, kept as text for "did you mean" suggestions in small scripts.
    private(set) var someNames: [String] = []
    static let namesKeptForSuggestions = 1_000

    init<Names: Sequence<String>>(_ names: Names) {
        for name in names { insert(name) }
    }

    mutating func insert(_ name: String) {
        let hash = NameSet.hash(name)
        var index = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[index] != 0 {
            if slots[index] == hash { return }
            index = (index + 1) & (slots.count - 1)
        }
        slots[index] = hash
        count += 1
        if someNames.count < NameSet.namesKeptForSuggestions { someNames.append(name) }
        if count * 2 > slots.count { grow() }
    }

    func contains(_ name: String) -> Bool {
        let hash = NameSet.hash(name)
        var index = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[index] != 0 {
            if slots[index] == hash { return true }
            index = (index + 1) & (slots.count - 1)
        }
        return false
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        for hash in old where hash != 0 {
            var index = Int(truncatingIfNeeded: hash) & (slots.count - 1)
            while slots[index] != 0 { index = (index + 1) & (slots.count - 1) }
            slots[index] = hash
        }
    }

    /// FNV-1a, with a final mix so the low bits (the slot index) depend on every byte; never 0,
    /// which marks an empty slot.
    static func hash(_ name: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var text = name
        // Contiguous UTF-8 (for a small string, a copy on the stack): much faster than `utf8` iteration.
        text.withUTF8 { bytes in
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        hash ^= hash >> 33
        hash = hash &* 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        return hash == 0 ? 1 : hash
    }
}
