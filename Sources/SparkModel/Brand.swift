/// A read-only view of an advertiser account in Ads Manager.
public struct Brand: Hashable, Sendable {
    public let name: String
    public let displayName: String
    /// The advertiser id Ads Manager shows: 19 digits, unique (see `World.createBrand`).
    public let advertiserID: UInt64
    /// Posts in its Creative Library > Spark Ads (capped at `Brand.libraryLimit`).
    public let librarySize: Int
}

extension Brand {
    /// TikTok caps a brand's library of authorized posts at 10,000 Spark Ads.
    public static let libraryLimit = 10_000
    /// Advertiser ids have 19 digits, like TikTok's.
    public static let advertiserIDs: ClosedRange<UInt64> =
        1_000_000_000_000_000_000...9_999_999_999_999_999_999
    /// Where the ids given out by the World start: 7000000000000000001, 7000000000000000002...
    public static let firstAdvertiserID: UInt64 = 7_000_000_000_000_000_001
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
    let advertiserID: UInt64
}

/// Stored redemption: the dense index of a code bound to the brand, plus when it was redeemed.
struct LibraryRecord: Equatable {
    let code: Int32
    let authorizedAt: Instant
}
