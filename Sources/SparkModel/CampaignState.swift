/// Why a campaign stopped before completing its schedule.
public enum StopReason: Hashable, Sendable {
    /// Its code expired (rule 12).
    case codeExpired(code: String)
    /// Its code was deleted and reached its original expiry (rule 11, guide policy).
    case codeDeleted(code: String)
    /// The brand stopped it.
    case stoppedByBrand
}

extension StopReason: CustomStringConvertible {
    public var description: String {
        switch self {
        case .codeExpired(let code): return "code \(CodeText.masked(code)) expired"
        case .codeDeleted(let code): return "code \(CodeText.masked(code)) was deleted by its creator"
        case .stoppedByBrand: return "stopped by the advertiser"
        }
    }
}

/// A campaign's lifecycle: draft → scheduled → running ⇄ paused → completed | stopped.
public enum CampaignState: Hashable, Sendable {
    case draft
    case scheduled
    case running
    case paused
    case stopped(StopReason)
    case completed

    /// Scheduled, running or paused: the campaign still uses its code and video.
    public var isLive: Bool {
        switch self {
        case .scheduled, .running, .paused: return true
        case .draft, .stopped, .completed: return false
        }
    }

    /// The state word of the language: `draft`, `scheduled`, `running`, `paused`, `stopped`, `completed`.
    public var word: String {
        switch self {
        case .draft: return "draft"
        case .scheduled: return "scheduled"
        case .running: return "running"
        case .paused: return "paused"
        case .stopped: return "stopped"
        case .completed: return "completed"
        }
    }
}

extension CampaignState: CustomStringConvertible {
    public var description: String {
        if case .stopped(let reason) = self {
            return "stopped (\(reason))"
        }
        return word
    }
}
