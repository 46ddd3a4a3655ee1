import SparkBase
import SparkModel

/// Times as the API for Business writes them: `2026-03-02 00:00:00`, UTC, always with seconds.
enum TikTokTime {
    static func text(_ instant: Instant) -> String {
        let day = CivilDate.floorDivision(instant.seconds, Instant.secondsPerDay)
        let civil = CivilDate.civilFromDays(day)
        let second = instant.seconds - day * Instant.secondsPerDay
        var text = civil.year < 0 ? "-" : ""
        text += padded(civil.year.magnitude, 4) + "-" + padded(UInt64(civil.month), 2)
        text += "-" + padded(UInt64(civil.day), 2)
        text += " " + padded(UInt64(second / 3600), 2) + ":" + padded(UInt64(second % 3600 / 60), 2)
        return text + ":" + padded(UInt64(second % 60), 2)
    }

    private static func padded(_ value: UInt64, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
