import SparkModel
import SparkSyntax

/// `+ - * /` over values (Grammar.md, "Arithmetic"): exact, with overflow reported, never wrapped.
extension Value {
    enum ArithmeticProblem: Error {
        case divisionByZero
        case overflow
        /// The two kinds do not combine with this operator.
        case mismatch
    }

    static func combine(_ left: Value, _ op: ArithmeticOperator, _ right: Value) throws(ArithmeticProblem)
        -> Value
    {
        switch (left, right) {
        case (.money(let a), .money(let b)):
            switch op {
            case .add: return .money(cents: try checked(a.addingReportingOverflow(b)))
            case .subtract: return .money(cents: try checked(a.subtractingReportingOverflow(b)))
            case .divide: return try number(Ratio(integer: a), op, Ratio(integer: b))
            case .multiply: throw .mismatch
            }
        case (.money(let cents), _) where op == .multiply:
            return .money(cents: try checked(cents.multipliedReportingOverflow(by: try wholeNumber(right))))
        case (_, .money(let cents)) where op == .multiply:
            return .money(cents: try checked(cents.multipliedReportingOverflow(by: try wholeNumber(left))))
        case (.timeSpan(let a), .timeSpan(let b)) where op == .add || op == .subtract:
            return .timeSpan(try span(a, op, b))
        case (.timeSpan(let span), _) where op == .multiply:
            return .timeSpan(try scaled(span, by: try wholeNumber(right)))
        case (_, .timeSpan(let span)) where op == .multiply:
            return .timeSpan(try scaled(span, by: try wholeNumber(left)))
        case (.instant(let seconds), .timeSpan(let span)) where op == .add || op == .subtract:
            let moved =
                op == .add
                ? seconds.addingReportingOverflow(span.seconds)
                : seconds.subtractingReportingOverflow(span.seconds)
            return .instant(try checked(moved))
        default:
            guard let a = left.ratio, let b = right.ratio else { throw .mismatch }
            return try number(a, op, b)
        }
    }

    /// The value as an exact number, when it is one.
    var ratio: Ratio? {
        switch self {
        case .integer(let number): number <= UInt64(Int64.max) ? Ratio(integer: Int64(number)) : nil
        case .ratio(let ratio): ratio
        default: nil
        }
    }

    /// A number, as `.integer` when it is whole and not negative (so it can be an id or a count).
    static func number(_ ratio: Ratio) -> Value {
        ratio.isInteger && ratio.numerator >= 0 ? .integer(UInt64(ratio.numerator)) : .ratio(ratio)
    }

    private static func number(_ a: Ratio, _ op: ArithmeticOperator, _ b: Ratio) throws(ArithmeticProblem)
        -> Value
    {
        do {
            switch op {
            case .add: return number(try a.adding(b))
            case .subtract: return number(try a.adding(try b.negated()))
            case .multiply: return number(try a.multiplied(by: b))
            case .divide: return number(try a.divided(by: b))
            }
        } catch {
            switch error {
            case .divisionByZero: throw .divisionByZero
            case .overflow: throw .overflow
            }
        }
    }

    private static func wholeNumber(_ value: Value) throws(ArithmeticProblem) -> Int64 {
        guard let ratio = value.ratio, ratio.isInteger else { throw .mismatch }
        return ratio.numerator
    }

    private static func checked(_ result: (partialValue: Int64, overflow: Bool)) throws(ArithmeticProblem)
        -> Int64
    {
        guard !result.overflow else { throw .overflow }
        return result.partialValue
    }

    /// Two durations in the smaller of their units: `1d + 12h` is `36h`.
    private static func span(_ a: TimeSpan, _ op: ArithmeticOperator, _ b: TimeSpan) throws(ArithmeticProblem)
        -> TimeSpan
    {
        let unit = a.unit.seconds <= b.unit.seconds ? a.unit : b.unit
        let left = try checked(a.amount.multipliedReportingOverflow(by: a.unit.seconds / unit.seconds))
        let right = try checked(b.amount.multipliedReportingOverflow(by: b.unit.seconds / unit.seconds))
        let amount =
            op == .add ? left.addingReportingOverflow(right) : left.subtractingReportingOverflow(right)
        return try fitting(TimeSpan(amount: try checked(amount), unit: unit))
    }

    private static func scaled(_ span: TimeSpan, by factor: Int64) throws(ArithmeticProblem) -> TimeSpan {
        try fitting(
            TimeSpan(
                amount: try checked(span.amount.multipliedReportingOverflow(by: factor)), unit: span.unit))
    }

    /// A duration's seconds must fit 64 bits, as the lexer requires of a written one.
    private static func fitting(_ span: TimeSpan) throws(ArithmeticProblem) -> TimeSpan {
        _ = try checked(span.amount.multipliedReportingOverflow(by: span.unit.seconds))
        return span
    }

    /// -1, 0 or 1; nil when the two kinds do not compare. Numbers compare exactly across integers,
    /// decimals and ratios.
    static func order(_ left: Value, _ right: Value) -> Int? {
        switch (left, right) {
        case (.integer(let a), .integer(let b)): order(a, b)
        case (.money(let a), .money(let b)): order(a, b)
        case (.instant(let a), .instant(let b)): order(a, b)
        case (.string(let a), .string(let b)): order(a, b)
        case (.timeSpan(let a), .timeSpan(let b)): order(a.seconds, b.seconds)
        default:
            if let a = left.ratio, let b = right.ratio { a.compare(b) } else { left == right ? 0 : nil }
        }
    }

    private static func order<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (a == b ? 0 : 1) }
}
