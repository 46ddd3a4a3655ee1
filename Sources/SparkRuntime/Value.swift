import SparkSyntax

/// A value a script can bind with `let` and pass to statements.
public enum Value: Sendable, Hashable {
    /// A Spark Code, by its full text (`#` + 64 base64 characters).
    case code(String)
    /// An account, by handle without the `@`.
    case account(String)
    case video(UInt64)
    case brand(String)
    case campaign(String)
    case integer(UInt64)
    /// A number that is not a whole non-negative integer: `7 / 2`, `1.30`, `3 - 5`. Exact.
    case ratio(Ratio)
    case money(cents: Int64)
    case timeSpan(TimeSpan)
    /// An instant, in seconds since 1970-01-01T00:00Z.
    case instant(Int64)
    case string(String)
    case list([Value])
    /// What statements without a result give, for `let x = advance 1d`.
    case nothing

    /// The kind of value, as error messages name it ("expected a code, found a video").
    public var kindName: String {
        switch self {
        case .code: "a code"
        case .account: "an account"
        case .video: "a video"
        case .brand: "a brand"
        case .campaign: "a campaign"
        case .integer: "a number"
        case .ratio(let ratio): ratio.isInteger ? "a negative number" : "a fraction"
        case .money: "an amount of money"
        case .timeSpan: "a duration"
        case .instant: "a date"
        case .string: "a string"
        case .list: "a list"
        case .nothing: "nothing"
        }
    }
}
