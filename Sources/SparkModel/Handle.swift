/// A TikTok account's handle, held without its `@` (`Handle("@alice") == Handle("alice")`).
public struct Handle: Hashable, Comparable, Sendable {
    public let name: String

    public init(_ text: String) {
        self.name = text.hasPrefix("@") ? String(text.dropFirst()) : text
    }
}

extension Handle {
    /// TikTok usernames: 1 to 24 letters, digits, underscores and periods.
    var isWellFormed: Bool {
        let bytes = name.utf8
        guard (1...24).contains(bytes.count) else { return false }
        return bytes.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
                || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F || byte == 0x2E
        }
    }

    public static func < (lhs: Handle, rhs: Handle) -> Bool {
        lhs.name < rhs.name
    }
}

extension Handle: CustomStringConvertible {
    public var description: String { "@" + name }
}
