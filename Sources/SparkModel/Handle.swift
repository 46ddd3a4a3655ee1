/// A TikTok account's handle, held without its `@` (`Handle("@alice") == Handle("alice")`).
///
/// Handles are case-insensitive, as TikTok's usernames are: `@alice`, `@Alice` and `@ALICE` name one
/// account. Equality, hashing and order use the case-folded `key`; `name` keeps the spelling given,
/// and the World shows every account under the spelling it was created with.
public struct Handle: Hashable, Comparable, Sendable {
    public let name: String
    /// `name` with ASCII letters lower-cased (well-formed handles are ASCII).
    let key: String

    public init(_ text: String) {
        self.name = text.hasPrefix("@") ? String(text.dropFirst()) : text
        self.key = Handle.fold(name)
    }

    public static func == (lhs: Handle, rhs: Handle) -> Bool {
        lhs.key == rhs.key
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
    }

    private static func fold(_ text: String) -> String {
        guard hasUpperCase(text) else { return text }
        return String(
            decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// Whether `text` has an ASCII capital, read on its contiguous bytes where it has them: every
    /// handle a statement names is folded, and iterating the `utf8` view cost ~200 instructions a
    /// handle in a million-statement run.
    private static func hasUpperCase(_ text: String) -> Bool {
        let fast = text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where byte >= 0x41 && byte <= 0x5A { return true }
            return false
        }
        return fast ?? text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A })
    }
}

extension Handle {
    /// TikTok usernames: 1 to 24 letters, digits, underscores and periods, and not only periods
    /// (`@.` and `@..` would read as paths, not as people).
    var isWellFormed: Bool {
        let bytes = name.utf8
        guard (1...24).contains(bytes.count), bytes.contains(where: { $0 != 0x2E }) else { return false }
        return bytes.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
                || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F || byte == 0x2E
        }
    }

    public static func < (lhs: Handle, rhs: Handle) -> Bool {
        (lhs.key, lhs.name) < (rhs.key, rhs.name)
    }
}

extension Handle: CustomStringConvertible {
    public var description: String { "@" + name }
}
