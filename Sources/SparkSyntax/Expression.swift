/// A value in a statement: a literal, a binding's name, or a reference to a thing in the world.
public struct Expression: Sendable {
    public var kind: ExpressionKind
    public var range: SourceRange

    public init(_ kind: ExpressionKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

// Only the cases that hold an `Expression` are indirect: a literal or a name is stored inline, so
// parsing a value allocates nothing beyond its text (a whole-enum `indirect` boxed every literal).
public enum ExpressionKind: Sendable {
    /// `42`, `7203114876543219`: up to 19 digits (TikTok item ids), so unsigned 64-bit.
    case integer(UInt64)
    /// `$50`, `$1,000`, `$19.99`: exact, in cents.
    case money(cents: Int64)
    /// `1.30`: exact, `digits` over ten to the `scale` (130 over 10^2).
    case decimal(digits: UInt64, scale: UInt8)
    case timeSpan(TimeSpan)
    case dateTime(DateTimeLiteral)
    /// `"Winter haul"`, escapes already decoded.
    case string(String)
    /// `"fan{i}"`: text with values in it, in order.
    case template([TemplatePart])
    /// A pasted code, `#` included: `#s63Dde...qA=`.
    case code(String)
    /// `@alice`, without the `@`.
    case handle(String)
    /// A binding or a brand: `c`, `acme`.
    case name(Identifier)
    /// `[c1, c2, c3]`
    case list([Expression])
    /// `video 42`, `video v`
    indirect case video(Expression)
    /// `campaign "winter"`
    indirect case campaign(Expression)
    /// `brand acme`
    case brand(Identifier)
    /// `@"fan{i}"`: a handle made from a string.
    indirect case madeHandle(Expression)
    /// `brand "brand{i}"`: a brand name made from a string.
    indirect case madeBrand(Expression)
    /// `a + b`, `a / b`: exact arithmetic.
    indirect case binary(ArithmeticOperator, Expression, Expression)
    /// `spend of campaign "x"`, `count of codes`.
    indirect case property(Identifier, Expression)
}

/// `+ - * /`.
public enum ArithmeticOperator: String, Sendable, CaseIterable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
}

/// A piece of an interpolated string: text as written, or a value's text.
public enum TemplatePart: Sendable {
    case text(String)
    case value(Expression)
}

/// A name as written, with where it was written.
public struct Identifier: Hashable, Sendable {
    public var name: String
    public var range: SourceRange

    public init(_ name: String, _ range: SourceRange) {
        self.name = name
        self.range = range
    }
}
