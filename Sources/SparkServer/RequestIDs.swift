import SparkBase
import SparkModel
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `request_id`s shaped like TikTok's: 31 digits, the server's start time (yyyyMMddHHmmss, UTC)
/// then a 17-digit counter, so every answer of one server has its own.
final class RequestIDs: Sendable {
    private let prefix: String
    private let counter = Atomic<UInt64>(0)

    init() {
        let text = TikTokTime.text(Instant(seconds: Int64(time(nil))))
        prefix = String(text.utf8.filter { $0 >= 0x30 && $0 <= 0x39 }.map { Character(UnicodeScalar($0)) })
    }

    func next() -> String {
        let number = counter.add(1, ordering: .relaxed).newValue
        let digits = String(number)
        return prefix + String(repeating: "0", count: max(0, 17 - digits.count)) + digits
    }
}
