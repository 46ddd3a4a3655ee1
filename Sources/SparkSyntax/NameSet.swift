/// The names a script has bound, for the static checker: an open-addressing table of 32-bit
/// fingerprints (from a 64-bit FNV-1a hash of each name's bytes); a fingerprint also picks its slot.
///
/// A script can bind a million names, and `Set<String>` spent more time hashing (seeded SipHash)
/// than the parser spent parsing; 4-byte slots keep the table small enough for the cache. Two names
/// sharing a fingerprint would make an unbound name look bound (about one chance in 8,000 per lookup
/// with half a million names bound): a missed diagnostic, never a false one, which suits a
/// conservative check.
struct NameSet: Sendable {
    private var slots: [UInt32] = Array(repeating: 0, count: 64)
    private(set) var count = 0
    /// The first names bound, kept as text for "did you mean" suggestions in small scripts.
    private(set) var someNames: [String] = []
    static let namesKeptForSuggestions = 1_000

    init<Names: Sequence<String>>(_ names: Names) {
        for name in names { insert(name) }
    }

    mutating func insert(_ name: String) {
        let print = NameSet.fingerprint(name)
        var index = Int(print) & (slots.count - 1)
        while slots[index] != 0 {
            if slots[index] == print { return }
            index = (index + 1) & (slots.count - 1)
        }
        slots[index] = print
        count += 1
        if someNames.count < NameSet.namesKeptForSuggestions { someNames.append(name) }
        if count * 4 > slots.count * 3 { grow() }
    }

    func contains(_ name: String) -> Bool {
        let print = NameSet.fingerprint(name)
        var index = Int(print) & (slots.count - 1)
        while slots[index] != 0 {
            if slots[index] == print { return true }
            index = (index + 1) & (slots.count - 1)
        }
        return false
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        for print in old where print != 0 {
            var index = Int(print) & (slots.count - 1)
            while slots[index] != 0 { index = (index + 1) & (slots.count - 1) }
            slots[index] = print
        }
    }

    /// FNV-1a with a final mix so every bit depends on every byte; never 0, which marks an empty slot.
    static func fingerprint(_ name: String) -> UInt32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var text = name
        // Contiguous UTF-8 (for a small string, a copy on the stack): much faster than `utf8` iteration.
        text.withUTF8 { bytes in
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        hash ^= hash >> 33
        hash = hash &* 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        let print = UInt32(truncatingIfNeeded: hash)
        return print == 0 ? 1 : print
    }
}
