/// Literal values as the lexer reads them. Plain numbers: the syntax knows no domain types, and the
/// runtime turns these into the model's Money, durations and instants.

/// A length of time as written: `7d`, `12h`, `2w`, `90m` (m is minutes).
public struct TimeSpan: Hashable, Sendable {
    public enum Unit: String, Sendable, CaseIterable {
        case minutes = "m"
        case hours = "h"
        case days = "d"
        case weeks = "w"

        public var seconds: Int64 {
            switch self {
            case .minutes: 60
            case .hours: 3_600
            case .days: 86_400
            case .weeks: 604_800
            }
        }
    }

    public var amount: Int64
    public var unit: Unit

    public init(amount: Int64, unit: Unit) {
        self.amount = amount
        self.unit = unit
    }

    /// Total seconds; the lexer rejects amounts whose seconds would overflow.
    public var seconds: Int64 { amount * unit.seconds }
}

/// A UTC instant as written: `2026-12-01`, `2026-12-01T09:30`, `2026-12-01T09:30Z`.
public struct DateTimeLiteral: Hashable, Sendable {
    /// Seconds since 1970-01-01T00:00Z.
    public var secondsSinceEpoch: Int64
    /// False for a bare date (midnight UTC).
    public var hasTime: Bool

    public init(secondsSinceEpoch: Int64, hasTime: Bool) {
        self.secondsSinceEpoch = secondsSinceEpoch
        self.hasTime = hasTime
    }
}
