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
        guard (1...Instant.daysIn(month: month, year: Int64(year))).contains(day) else { return nil }
        let days = Instant.daysFromCivil(year: Int64(year), month: Int64(month), day: Int64(day))
        self.seconds =
            days * Instant.secondsPerDay + Int64(hour) * 3600 + Int64(minute) * 60 + Int64(second)
    }

    /// The day number since the epoch (floor division, so instants before 1970 land on the right day).
    var dayNumber: Int64 {
        Instant.floorDiv(seconds, Instant.secondsPerDay)
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

    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    static func isLeap(_ year: Int64) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static func daysIn(month: Int, year: Int64) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Hinnant's days_from_civil: days since 1970-01-01 of a proleptic Gregorian date.
    static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = floorDiv(y, 400)
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Hinnant's civil_from_days: the inverse of `daysFromCivil`.
    static func civilFromDays(_ days: Int64) -> (year: Int64, month: Int, day: Int) {
        let z = days + 719_468
        let era = floorDiv(z, 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return (year, Int(month), Int(day))
    }
}

extension Instant: CustomStringConvertible {
    /// `2027-01-30 00:00 UTC`.
    public var description: String {
        let day = dayNumber
        let civil = Instant.civilFromDays(day)
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
