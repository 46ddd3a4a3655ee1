import SparkModel

/// One authorized post as `tt_video/info/` and each element of `tt_video/list/` show it: read from
/// the World inside the actor, rendered to JSON outside it.
public struct SparkPostView: Sendable, Equatable {
    public let itemID: UInt64
    public let code: String
    public let caption: String
    /// `HESITATE_RECOMMEND` (public), `ONLY_FRIEND_SEE`, `ONLY_AUTHOR_SEE` or `USER_DELETE`.
    public let itemStatus: String
    /// `AUTHORIZED`, `EXPIRED` or `REVOKED`.
    public let adAuthStatus: String
    public let authStart: Instant
    public let authEnd: Instant
    public let creator: Handle
}

extension SparkPostView {
    init(code: SparkCode, post: Post?) {
        self.init(
            itemID: code.videoID, code: code.text, caption: post?.caption ?? "",
            itemStatus: Self.itemStatus(post), adAuthStatus: Self.adAuthStatus(code),
            authStart: code.createdAt, authEnd: code.expiry, creator: code.creator)
    }

    /// TikTok's post status words (Go SDK `enum/tiktok_item_status.go`, short form as in the
    /// official tt_video/list example).
    static func itemStatus(_ post: Post?) -> String {
        guard let post, !post.isDeleted else { return "USER_DELETE" }
        switch post.visibility {
        case .public: return "HESITATE_RECOMMEND"
        case .friends: return "ONLY_FRIEND_SEE"
        case .private: return "ONLY_AUTHOR_SEE"
        }
    }

    /// Only AUTHORIZED is attested; EXPIRED and REVOKED are the simulator's (Docs/api.md).
    static func adAuthStatus(_ code: SparkCode) -> String {
        switch code.status {
        case .expired: return "EXPIRED"
        case .deleted: return "REVOKED"
        case .notUsed, .inUse:
            switch code.whyInactive {
            case .adAuthorizationOff?, .videoAuthorizationOff?: return "REVOKED"
            default: return "AUTHORIZED"
            }
        }
    }
}
