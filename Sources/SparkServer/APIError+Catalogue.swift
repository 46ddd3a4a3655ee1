/// Every number `spark serve` answers with, one per class of failure. TikTok's own numbers and
/// wording where TikTok has them (Docs/api.md cites each); the rest are simulator-defined and
/// documented as such in Docs/api.md and Docs/openapi.json.
extension APIError {
    // The API's own classes.

    /// TikTok 40105: the `Access-Token` header is missing or wrong.
    public static let accessToken = APIError(
        code: 40105, message: "Access token is incorrect or has been revoked.")

    /// TikTok 40001: the token cannot act for this advertiser (here: no brand has that id).
    public static func unknownAdvertiser(_ id: UInt64) -> APIError {
        APIError(
            code: 40001,
            message: "Permission error: advertiser_id \(id) is not an ad account this token can access.")
    }

    /// TikTok 40002: a parameter is missing, malformed or out of range; the message names it.
    public static func parameter(_ name: String, _ problem: String) -> APIError {
        APIError(code: 40002, message: "\(name): \(problem)")
    }

    /// 40002 for a body that is not a JSON object.
    public static func badJSON(_ problem: String) -> APIError {
        APIError(code: 40002, message: "request body: \(problem)")
    }

    /// 40007: no such object (a post that is not in the advertiser's library).
    public static func notFound(_ what: String) -> APIError {
        APIError(code: 40007, message: what)
    }

    /// TikTok 50000: a failure of the simulator itself; retrying cannot help, a bug report can.
    public static func internalError(_ what: String) -> APIError {
        APIError(code: 50000, message: "Internal server error: \(what)")
    }

    // Transport faults: a real HTTP status, and the envelope still says what happened.

    public static func unknownPath(_ method: String, _ path: String) -> APIError {
        APIError(
            code: 40007, message: "no endpoint \(method) \(path): see GET /openapi.json", httpStatus: 404)
    }

    public static func wrongMethod(_ method: String, _ path: String, allowed: String) -> APIError {
        APIError(
            code: 40002, message: "\(path) takes \(allowed), not \(method)", httpStatus: 405)
    }

    public static func bodyTooLarge(limit: Int) -> APIError {
        APIError(
            code: 40002, message: "request body is larger than \(limit / 1024 / 1024) MiB",
            httpStatus: 413)
    }

    // The Spark Code's own errors (TikTok's Ads Manager help page, "About Spark Ads Code Error
    // Notifications"), with the help page's wording.

    /// TikTok 4002, video_deleted.
    public static let videoDeleted = APIError(
        code: 4002, message: "The video has been deleted and cannot be used to create ads.")
    /// TikTok 4013, auth_code_format_error: malformed, or well-formed but never generated.
    public static let codeFormat = APIError(code: 4013, message: "The post code is incorrect.")
    /// auth_code_not_found, a code its creator deleted: the help page gives it no number; 4014 is
    /// the simulator's.
    public static let codeDeleted = APIError(code: 4014, message: "The code has been deleted.")
    /// TikTok 4025, auth_code_expired.
    public static let codeExpired = APIError(code: 4025, message: "Authorization expired.")
    /// Already bound to another ad account: TikTok's number is unconfirmed; 4026 is the simulator's.
    public static let codeInUse = APIError(
        code: 4026, message: "The post code is already in use by another advertiser.")
    /// TikTok 4027, story_video_not_supported.
    public static let storyNotSupported = APIError(
        code: 4027, message: "Story videos can't be used for Spark Ads.")
    /// The creator turned ad authorization off (for the account or the video): simulator's 4030.
    public static func adAuthorizationOff(_ detail: String) -> APIError {
        APIError(code: 4030, message: "The creator turned off ad authorization: \(detail).")
    }
    /// The brand's library is full (the strict library policy): simulator's 4031.
    public static let libraryFull = APIError(
        code: 4031, message: "The ad account's library of Spark Ads posts is full (10,000 posts).")
    /// Any other refusal of the domain, with spark's own message: simulator's 4099.
    public static func refused(_ message: String) -> APIError {
        APIError(code: 4099, message: message)
    }
}
