/// Thousands separators, written once for counts (`12,345`) and money (`$1,000.00`).
public enum DigitGrouping {
    /// 12345 → `12,345`; the sign is the caller's.
    public static func grouped(_ magnitude: UInt64) -> String {
        let digits = String(magnitude)
        var grouped = ""
        grouped.reserveCapacity(digits.utf8.count + digits.utf8.count / 3)
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return grouped
    }

    /// -12345 → `-12,345`.
    public static func grouped(_ number: Int64) -> String {
        (number < 0 ? "-" : "") + grouped(number.magnitude)
    }
}
