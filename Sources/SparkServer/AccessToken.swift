/// The shared secret every request carries in `Access-Token`.
public struct AccessToken: Sendable {
    private let bytes: [UInt8]

    public init(_ text: String) {
        bytes = Array(text.utf8)
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
