/// The kinds of TikTok account. All three may generate Spark Codes once Ad authorization is on (G).
public enum AccountType: String, CaseIterable, Hashable, Sendable {
    case personal
    case creator
    case business
}

/// A read-only view of a creator-side account, as `show @alice` and `expect` see it.
public struct Account: Hashable, Sendable {
    public let handle: Handle
    public let type: AccountType
    /// The account-level Ad authorization toggle (Settings and privacy > Creator tools > Ad settings).
    public let adsEnabled: Bool
    /// Followers, including those a Spark Ad brought in (rule 18).
    public let followers: Int64
    public let videoCount: Int
}

/// Stored form of an account inside the World.
struct AccountRecord: Equatable {
    let handle: Handle
    let type: AccountType
    var adsEnabled = false
    var followers: Int64 = 0
}
