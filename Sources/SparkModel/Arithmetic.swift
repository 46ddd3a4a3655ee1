/// Overflow-safe integer helpers: the model never traps on large user-supplied figures; totals
/// saturate at `Int64.max` instead.
enum Arithmetic {
    static func saturatingAdd(_ a: Int64, _ b: Int64) -> Int64 {
        let (sum, overflow) = a.addingReportingOverflow(b)
        if overflow {
            return b > 0 ? Int64.max : Int64.min
        }
        return sum
    }

    /// floor(a * b / c) for non-negative a, b and positive c, computed at double width and
    /// saturated to `Int64.max`.
    static func mulDiv(_ a: Int64, _ b: Int64, _ c: Int64) -> Int64 {
        guard a > 0, b > 0, c > 0 else { return 0 }
        let product = a.magnitude.multipliedFullWidth(by: b.magnitude)
        let divisor = c.magnitude
        // The quotient fits in 64 bits only when the high word is smaller than the divisor.
        guard product.high < divisor else { return Int64.max }
        let (quotient, _) = divisor.dividingFullWidth(product)
        return quotient > UInt64(Int64.max) ? Int64.max : Int64(quotient)
    }

    /// ceil(a * b / c) for non-negative a, b and positive c, at double width, saturated.
    static func mulDivRoundingUp(_ a: Int64, _ b: Int64, _ c: Int64) -> Int64 {
        guard a > 0, b > 0, c > 0 else { return 0 }
        let product = a.magnitude.multipliedFullWidth(by: b.magnitude)
        let divisor = c.magnitude
        guard product.high < divisor else { return Int64.max }
        let (quotient, remainder) = divisor.dividingFullWidth(product)
        let rounded = remainder > 0 ? quotient + 1 : quotient
        return rounded > UInt64(Int64.max) ? Int64.max : Int64(rounded)
    }
}
