/// An exact rational number: what `/` gives, and a decimal literal (`1.30` is 13/10). Integers
/// throughout, never floating point: `208768 / 160600 >= 1.30` is decided by comparing
/// 208768 × 10 with 13 × 160600. Always in lowest terms with a positive denominator, so equal
/// numbers are equal values. Every operation reports overflow instead of wrapping.
public struct Ratio: Hashable, Sendable {
    public let numerator: Int64
    public let denominator: Int64

    /// nil when `denominator` is zero, or the reduced number does not fit.
    init?(_ numerator: Int64, _ denominator: Int64) {
        guard denominator != 0 else { return nil }
        let divisor = Ratio.gcd(numerator.magnitude, denominator.magnitude)
        var top = numerator / Int64(bitPattern: divisor)
        var bottom = denominator / Int64(bitPattern: divisor)
        if bottom < 0 {
            guard top != .min, bottom != .min else { return nil }
            top = -top
            bottom = -bottom
        }
        self.numerator = top
        self.denominator = bottom
    }

    init(integer: Int64) {
        numerator = integer
        denominator = 1
    }

    public var isInteger: Bool { denominator == 1 }

    static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x == 0 ? 1 : x
    }

    enum Problem: Error {
        case divisionByZero
        case overflow
    }

    func adding(_ other: Ratio) throws(Problem) -> Ratio {
        let divisor = Int64(bitPattern: Ratio.gcd(denominator.magnitude, other.denominator.magnitude))
        let left = try Ratio.multiply(numerator, other.denominator / divisor)
        let right = try Ratio.multiply(other.numerator, denominator / divisor)
        let (sum, overflow) = left.addingReportingOverflow(right)
        guard !overflow else { throw .overflow }
        return try Ratio.make(sum, try Ratio.multiply(denominator, other.denominator / divisor))
    }

    func negated() throws(Problem) -> Ratio {
        guard numerator != .min else { throw .overflow }
        return try Ratio.make(-numerator, denominator)
    }

    func multiplied(by other: Ratio) throws(Problem) -> Ratio {
        // Cross-reduce first, so products stay as small as they can.
        let first = Int64(bitPattern: Ratio.gcd(numerator.magnitude, other.denominator.magnitude))
        let second = Int64(bitPattern: Ratio.gcd(other.numerator.magnitude, denominator.magnitude))
        let top = try Ratio.multiply(numerator / first, other.numerator / second)
        let bottom = try Ratio.multiply(denominator / second, other.denominator / first)
        return try Ratio.make(top, bottom)
    }

    func divided(by other: Ratio) throws(Problem) -> Ratio {
        guard other.numerator != 0 else { throw .divisionByZero }
        guard let reciprocal = Ratio(other.denominator, other.numerator) else { throw .overflow }
        return try multiplied(by: reciprocal)
    }

    /// -1, 0 or 1, exactly: the cross products are compared at 128 bits.
    func compare(_ other: Ratio) -> Int {
        let left = numerator.multipliedFullWidth(by: other.denominator)
        let right = other.numerator.multipliedFullWidth(by: denominator)
        if left.high != right.high { return left.high < right.high ? -1 : 1 }
        if left.low != right.low { return left.low < right.low ? -1 : 1 }
        return 0
    }

    private static func multiply(_ a: Int64, _ b: Int64) throws(Problem) -> Int64 {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        guard !overflow else { throw .overflow }
        return product
    }

    private static func make(_ numerator: Int64, _ denominator: Int64) throws(Problem) -> Ratio {
        guard let ratio = Ratio(numerator, denominator) else {
            throw denominator == 0 ? .divisionByZero : .overflow
        }
        return ratio
    }
}

extension Ratio: CustomStringConvertible {
    /// Five decimals by long division, rounded toward zero: for reading only, never compared.
    var approximation: String {
        let whole = numerator / denominator
        var rest = (numerator % denominator).magnitude
        var digits = ""
        for _ in 0..<5 {
            let (product, overflow) = rest.multipliedReportingOverflow(by: 10)
            if overflow { break }
            digits += String(product / denominator.magnitude)
            rest = product % denominator.magnitude
        }
        return (numerator < 0 && whole == 0 ? "-" : "") + "\(whole).\(digits)"
    }

    /// `1.3`, `-5`, `0.958` when the decimal ends; `26096/20075 (≈ 1.29992)` when it does not.
    public var description: String {
        if denominator == 1 { return String(numerator) }
        var scale = 0
        var power: Int64 = 1
        while scale < 18, power % denominator != 0 {
            power *= 10
            scale += 1
        }
        guard power % denominator == 0 else { return "\(numerator)/\(denominator) (≈ \(approximation))" }
        let (scaled, overflow) = numerator.multipliedReportingOverflow(by: power / denominator)
        guard !overflow else { return "\(numerator)/\(denominator)" }
        let digits = String(scaled.magnitude)
        let padded = String(repeating: "0", count: max(0, scale + 1 - digits.count)) + digits
        let point = padded.index(padded.endIndex, offsetBy: -scale)
        return (scaled < 0 ? "-" : "") + padded[..<point] + "." + padded[point...]
    }
}
