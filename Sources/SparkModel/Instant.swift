import SparkBase

/// A moment on the simulated UTC clock: whole seconds since 1970-01-01 00:00 UTC.
///
/// The model never parses dates (that is the language's job); it only builds instants from civil
/// components and formats them as `2027-01-30 00:00 UTC`. The conversions are Howard Hinnant's
/// `days_from_civil` / `civil_from_days`, exact for the whole proleptic Gregorian calendar, so the
/// module needs no Foundation.
public struct Instant: Hashable, Comparable, Sendable {
    public var seconds: Int64

    public init(seconds: Int64) {
        self.seconds = seconds
    }
}

extension Instant {
    public static let secondsPerDay: Int64 = 86_400
    /// 1970-01-01 00:00 UTC.
    public static let epoch = Instant(seconds: 0)

    /// The instant at the given UTC civil date and time, or nil when a component is out of range.
    public init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        guard (1...12).contains(month), (0...23).contains(hour), (0...59).contains(minute),
            (0...59).contains(second), (-1_000_000...1_000_000).contains(year)
        else { return nil }
        guard (1...CivilDate.daysIn(month: month, year: Int64(year))).contains(day) else { return nil }
        let days = CivilDate.daysFromCivil(year: Int64(year), month: Int64(month), day: Int64(day))
        self.seconds =
            days * Instant.secondsPerDay + Int64(hour) * 3600 + Int64(minute) * 60 + Int64(second)
    }

    /// The day number since the epoch (floor division, so instants before 1970 land on the right day).
    var dayNumber: Int64 {
        CivilDate.floorDivision(seconds, Instant.secondsPerDay)
    }

    /// `self + delta`, or nil on overflow.
    public func adding(seconds delta: Int64) -> Instant? {
        let (sum, overflow) = seconds.addingReportingOverflow(delta)
        return overflow ? nil : Instant(seconds: sum)
    }

    /// `self + days`, or nil on overflow.
    public func adding(days: Int64) -> Instant? {
        let (delta, overflow) = days.multipliedReportingOverflow(by: Instant.secondsPerDay)
        return overflow ? nil : adding(seconds: delta)
    }

    public static func < (lhs: Instant, rhs: Instant) -> Bool {
        lhs.seconds < rhs.seconds
    }
}

extension Instant: CustomStringConvertible {
    /// `2027-01-30 00:00 UTC`.
    public var description: String {
        let day = dayNumber
        let civil = CivilDate.civilFromDays(day)
        let secondOfDay = seconds - day * Instant.secondsPerDay
        var text = civil.year < 0 ? "-" : ""
        text += Instant.padded(civil.year.magnitude, width: 4)
        text += "-" + Instant.padded(UInt64(civil.month), width: 2)
        text += "-" + Instant.padded(UInt64(civil.day), width: 2)
        text += " " + Instant.padded(UInt64(secondOfDay / 3600), width: 2)
        text += ":" + Instant.padded(UInt64(secondOfDay % 3600 / 60), width: 2)
        let second = secondOfDay % 60
        if second != 0 {
            text += ":" + Instant.padded(UInt64(second), width: 2)
        }
        return text + " UTC"
    }

    static func padded(_ value: UInt64, width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
