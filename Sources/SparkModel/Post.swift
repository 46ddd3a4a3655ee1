/// A post is a regular video or a story; only videos can get Spark Codes (rule 3).
public enum PostKind: String, CaseIterable, Hashable, Sendable {
    case video
    case story
}

/// Who can see a post. A non-public video becomes public when its Spark Ad is published (rule 15).
public enum Visibility: String, CaseIterable, Hashable, Sendable {
    case `public`
    case friends
    case `private`
}

/// A read-only view of a post, as `show video 42` and `expect` see it.
public struct Post: Hashable, Sendable {
    /// TikTok item id: up to 19 digits.
    public let id: UInt64
    public let owner: Handle
    public let kind: PostKind
    public let caption: String
    public let visibility: Visibility
    /// The per-video Ad authorization toggle.
    public let isAuthorized: Bool
    public let isDeleted: Bool
    public let views: Int64
    public let likes: Int64
    public let comments: Int64
    public let shares: Int64
    /// Follows the post brought to its owner (also counted in the owner's followers).
    public let follows: Int64
}

/// Stored form of a post. `owner` is the dense index of the owning account.
struct PostRecord: Equatable {
    let id: UInt64
    let owner: Int32
    let kind: PostKind
    let caption: String
    var visibility: Visibility
    var isAuthorized = false
    var isDeleted = false
    var counters = EngagementCounters()
}

/// The five counters a post carries; a Spark Ad adds its engagement to them (rule 18).
struct EngagementCounters: Equatable {
    var views: Int64 = 0
    var likes: Int64 = 0
    var comments: Int64 = 0
    var shares: Int64 = 0
    var follows: Int64 = 0
}
