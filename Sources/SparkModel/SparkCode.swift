/// Creator-side status of a code, in TikTok's words.
public enum CodeStatus: String, CaseIterable, Hashable, Sendable {
    case notUsed = "NOT_USED"
    case inUse = "IN_USE"
    case expired = "EXPIRED"
    case deleted = "DELETED"
}

/// Brand-side status of an authorized post, in TikTok's words (`ad_auth_status`).
public enum AdAuthStatus: String, CaseIterable, Hashable, Sendable {
    case authorized = "AUTHORIZED"
    case expired = "EXPIRED"
}

/// A read-only view of a Spark Code at one moment of the World's clock. The status fields are
/// computed when the World hands the value out, so keep asking the World rather than keeping it.
public struct SparkCode: Hashable, Sendable {
    /// The secret, exactly as the creator copies it.
    public let text: String
    public let videoID: UInt64
    public let creator: Handle
    /// authorization_days: the chosen duration plus every extension.
    public let days: Int
    public let createdAt: Instant
    /// The code stops working at exactly this instant (rule 12).
    public let expiry: Instant
    public let deletedAt: Instant?
    /// The brand the code is bound to (rule 6), if any.
    public let brand: String?
    public let redeemedAt: Instant?
    public let status: CodeStatus
    /// Usable now by a brand (rule 7). When false, `whyInactive` says why.
    public let isActive: Bool
    public let whyInactive: DomainError?

    /// `#s63Dde…qA=`.
    public var masked: String { CodeText.masked(text) }
    public var isExpired: Bool { status == .expired }
    public var isDeleted: Bool { status == .deleted }
    public var isRedeemed: Bool { brand != nil }
    public var isUnused: Bool { brand == nil }
    /// AUTHORIZED while the code still authorizes the post; EXPIRED once it expired or was deleted.
    public var adAuthStatus: AdAuthStatus {
        status == .expired || status == .deleted ? .expired : .authorized
    }
}

/// Stored form of a code. `indexed` is true while the code sits in the expiry index: not deleted
/// and its expiry not yet processed by `advance`.
struct CodeRecord: Equatable {
    let text: String
    let post: Int32
    let creator: Int32
    var days: Int
    let createdAt: Instant
    var expiry: Instant
    var deletedAt: Instant?
    var brand: Int32?
    var redeemedAt: Instant?
    var indexed = true
}
