/// A read-only view of an advertiser account in Ads Manager.
public struct Brand: Hashable, Sendable {
    public let name: String
    public let displayName: String
    /// Posts in its Creative Library > Spark Ads (capped at `Brand.libraryLimit`).
    public let librarySize: Int
}

extension Brand {
    /// TikTok caps a brand's library of authorized posts at 10,000 Spark Ads.
    public static let libraryLimit = 10_000
}

/// One authorized post in a brand's library: what redeeming a code produces.
public struct LibraryEntry: Hashable, Sendable {
    public let brand: String
    public let code: String
    public let videoID: UInt64
    public let creator: Handle
    public let authorizedAt: Instant
    public let adAuthStatus: AdAuthStatus

    public var maskedCode: String { CodeText.masked(code) }
}

/// Stored form of a brand; its library lives beside it in `World.libraries` so that adding an
/// entry never copies the brand.
struct BrandRecord: Equatable {
    let name: String
    let displayName: String
}

/// Stored redemption: the dense index of a code bound to the brand, plus when it was redeemed.
struct LibraryRecord: Equatable {
    let code: Int32
    let authorizedAt: Instant
}
