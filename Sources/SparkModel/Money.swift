import SparkBase

/// An exact amount of US dollars, held as whole cents. Never a floating-point number.
public struct Money: Hashable, Comparable, Sendable {
    public var cents: Int64

    public init(cents: Int64) {
        self.cents = cents
    }

    public init(dollars: Int64) {
        self.cents = dollars * 100
    }
}

extension Money {
    public static let zero = Money(cents: 0)

    public static func < (lhs: Money, rhs: Money) -> Bool {
        lhs.cents < rhs.cents
    }

    public static func + (lhs: Money, rhs: Money) -> Money {
        Money(cents: Arithmetic.saturatingAdd(lhs.cents, rhs.cents))
    }
}

extension Money: CustomStringConvertible {
    /// `$1,000.00`, `$19.99`, `-$5.00`: grouped dollars, always two cents digits.
    public var description: String {
        let magnitude = cents.magnitude
        let grouped = DigitGrouping.grouped(magnitude / 100)
        let centDigits = magnitude % 100
        let centText = centDigits < 10 ? "0\(centDigits)" : "\(centDigits)"
        return (cents < 0 ? "-$" : "$") + grouped + "." + centText
    }
}
