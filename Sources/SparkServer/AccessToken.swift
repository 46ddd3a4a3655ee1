/// The shared secret every request carries in `Access-Token`.
public struct AccessToken: Sendable {
    private let bytes: [UInt8]

    public init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// 32 hex digits from the system CSPRNG, for a server started without `--token`.
    public static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        let words = [generator.next(), generator.next()] as [UInt64]
        return words.map { word in
            let digits = String(word, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }

    /// Compares in time that depends only on the lengths, never on where the first difference is,
    /// so the answer's timing tells an attacker nothing about a prefix.
    public func matches(_ candidate: String?) -> Bool {
        guard let candidate, !bytes.isEmpty else { return false }
        let given = Array(candidate.utf8)
        var difference: UInt8 = given.count == bytes.count ? 0 : 1
        for index in 0..<given.count {
            difference |= given[index] ^ bytes[index % bytes.count]
        }
        return difference == 0
    }
}
