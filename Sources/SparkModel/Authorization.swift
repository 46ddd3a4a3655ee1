/// What `authorize video` hands back: the new code, and a warning when the video is not public.
public struct Authorization: Hashable, Sendable {
    public let code: SparkCode
    public let warning: AuthorizationWarning?
    /// True when the video's Ad authorization toggle had been turned off after earlier codes:
    /// generating a code turned it back on.
    public var toggleTurnedBackOn = false
    /// The video's older codes that work again because the toggle is back on (rule 7).
    public var reactivatedCodes: [SparkCode] = []
}

/// Rule 15: the creator is told at authorization that a non-public video will become public.
public enum AuthorizationWarning: Hashable, Sendable {
    case willBecomePublic(video: UInt64, visibility: Visibility)
}

extension AuthorizationWarning: CustomStringConvertible {
    public var description: String {
        switch self {
        case .willBecomePublic(let video, let visibility):
            let word = visibility == .friends ? "friends-only" : visibility.rawValue
            return "video \(video) is \(word): it becomes public when a Spark Ad using it is published"
        }
    }
}
