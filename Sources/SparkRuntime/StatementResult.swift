import SparkModel
import SparkSyntax

/// What a statement did, as data: the domain's public views and values, never text. Front ends
/// render it (SparkCLI's `ResultText` for people, `JSONReporter` for machines); the tutorial
/// compares it. Built only when a sink wants results (`RecordSink.wantsResults`). The cases with
/// large views are `indirect`: a result is passed along by value several times, and `post`, the
/// most frequent statement of a large script, stays small and on the stack.
public enum StatementResult: Sendable, Hashable {
    // The clock.
    /// `start DATE`.
    case clockStarted(Instant)
    /// `advance ...`: where the clock is now.
    case clockMoved(Instant)
    /// `now`.
    case now(Instant)

    // The creator's side (the TikTok app).
    indirect case accountCreated(Account)
    /// `enable|disable ad authorization for @h`.
    case accountAdAuthorization(Handle, enabled: Bool)
    /// `post`: what the new post is (its counters all start at zero). Built from the statement,
    /// not looked up: posting is most of a large script.
    case posted(videoID: UInt64, PostKind, owner: Handle, caption: String, Visibility)
    /// `make video ID VISIBILITY`.
    case visibilityChanged(videoID: UInt64, Visibility)
    /// `authorize`: the one time the code's full text is shown. When the video's toggle had been
    /// turned off, generating the code turned it back on, and these older codes work again.
    indirect case codeGenerated(SparkCode, toggleTurnedBackOn: Bool, reactivated: [SparkCode])
    indirect case codeExtended(SparkCode, byDays: Int)
    indirect case codeDeleted(SparkCode)
    /// `turn on|off ad authorization for video ID`.
    case videoAdAuthorization(videoID: UInt64, enabled: Bool)
    case videoDeleted(videoID: UInt64)
    /// `deal`: `amount` is nil when none was written (a deal paid in kind).
    indirect case dealRecorded(creator: Handle, brand: String, amount: Money?, note: String)

    // The brand's side (Ads Manager).
    indirect case brandCreated(Brand)
    /// `redeem`: the entry the code made in the brand's library (the domain's answer, not looked
    /// up again).
    indirect case redeemed(LibraryEntry)
    indirect case batch(brand: String, [BatchItem])
    /// `unbind video ID from BRAND`: the post left the brand's library (campaigns stopped on it
    /// follow as events).
    case videoUnbound(videoID: UInt64, brand: String)
    indirect case campaignCreated(Campaign)
    /// `edit campaign`: the campaign afterwards, and the fields the statement set.
    indirect case campaignEdited(Campaign, fields: [String])
    /// `delete campaign`: its name is free again.
    case campaignDeleted(name: String)
    /// `publish|pause|resume|stop`: the campaign as it is afterwards.
    indirect case campaignChanged(Campaign, CampaignAction)
    case policySet(PolicySetting)

    // Looking.
    indirect case card(Card)
    /// `reveal`: the code's full text, shown again.
    indirect case revealed(SparkCode)
    indirect case listing(Listing)
    /// A bare value that names nothing in the world (`42`, `$5`, `[1, 2]`).
    indirect case value(Value)
    /// `let NAME = VALUE`.
    indirect case bound(name: String, Value)
    /// `append VALUE to NAME`: the list's length afterwards.
    indirect case appended(list: String, Value, count: Int)
    /// A block, `repeat` or `for` failed and was undone: `undone` results were dropped unshown.
    case rolledBack(String, undone: Int)

    // Learning.
    /// `help` or `explain`: the interactive module has the texts.
    indirect case learning(LearningRequest)
}

/// One code of a `batch`: redeemed, or refused with the domain's reason.
public struct BatchItem: Sendable, Hashable {
    /// The code's text as written.
    public var code: String
    public var outcome: Outcome

    public enum Outcome: Sendable, Hashable {
        case authorized(LibraryEntry)
        case refused(DomainError)
    }

    public var isAuthorized: Bool {
        if case .authorized = outcome { return true }
        return false
    }
}

/// `policy deletion|library guide|strict`.
public enum PolicySetting: Sendable, Hashable {
    case deletion(DeletionPolicy)
    case library(LibraryPolicy)
}

/// What `show` shows: one thing of the world and what belongs to it.
public enum Card: Sendable, Hashable {
    /// A code, and the instant its remaining time counts from.
    case code(SparkCode, now: Instant)
    case video(Post, codes: [SparkCode])
    case campaign(Campaign)
    case account(Account, codes: [SparkCode])
    /// A brand, its campaigns, and whether its library is capped (`policy library strict`).
    case brand(Brand, campaigns: [Campaign], policy: LibraryPolicy)
}

/// What `list` lists, as rows of the domain's views.
public enum Listing: Sendable, Hashable {
    case codes([SparkCode])
    case videos([Post])
    case campaigns([Campaign])
    case brands([Brand])
    case creators([Account])
}

/// What `help` and `explain` asked for.
public enum LearningRequest: Sendable, Hashable {
    /// `help`: the list of topics.
    case helpOverview
    /// `help WORD`, a word `HelpTopics.words` holds.
    case help(topic: String)
    /// `explain`, `explain 4025`: the troubleshooting entries of these errors.
    case explanation([DomainError])
    /// A bare `explain` after an error that is not the domain's (a syntax error, a name not
    /// bound): that error, said again with what to do.
    case lastError(message: String, notes: [String], help: String?)
}
