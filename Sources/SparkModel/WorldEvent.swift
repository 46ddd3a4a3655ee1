/// Something that happened in the World: a state transition, stamped with its instant and the
/// people who see it. Redeeming a code produces no event at all: TikTok does not tell the creator
/// (rule 21), who only notices the rising views.
public struct WorldEvent: Hashable, Sendable {
    public let at: Instant
    public let kind: Kind
    public let audience: [Audience]

    public enum Kind: Hashable, Sendable {
        case codeExpired(code: String)
        case campaignScheduled(name: String, start: Instant)
        case campaignStarted(name: String)
        case campaignPaused(name: String)
        case campaignResumed(name: String)
        case campaignStopped(name: String, reason: StopReason)
        case campaignCompleted(name: String)
        /// Rule 15: a private or friends-only video became public when its ad was published.
        case videoMadePublic(id: UInt64)
    }

    /// Who is shown the event: a creator in the TikTok app, or a brand in Ads Manager.
    public enum Audience: Hashable, Sendable {
        case creator(Handle)
        case brand(String)
    }
}

extension WorldEvent: CustomStringConvertible {
    /// "campaign winter stopped: code #s63Dde…qA= expired", "code #s63Dde…qA= expired", ...
    public var description: String {
        switch kind {
        case .codeExpired(let code): return "code \(CodeText.masked(code)) expired"
        case .campaignScheduled(let name, let start): return "campaign \(name) scheduled to start \(start)"
        case .campaignStarted(let name): return "campaign \(name) started"
        case .campaignPaused(let name): return "campaign \(name) paused"
        case .campaignResumed(let name): return "campaign \(name) resumed"
        case .campaignStopped(let name, let reason): return "campaign \(name) stopped: \(reason)"
        case .campaignCompleted(let name): return "campaign \(name) completed"
        case .videoMadePublic(let id): return "video \(id) is now public: it runs in a Spark Ad"
        }
    }
}
