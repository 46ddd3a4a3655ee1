/// The simulated TikTok: creators' accounts and posts, Spark Codes, brands and their libraries,
/// campaigns, deals and a UTC clock. Operations validate fully, then mutate, and throw
/// `DomainError`; a failed operation leaves the World exactly as it was.
///
/// Storage is dense: arrays of small records addressed by `Int32` indices, with dictionaries from
/// handle, video id, code text, brand and campaign name to index, so building a World is linear.
public final class World {
    var clock: Instant
    public internal(set) var deletionPolicy: DeletionPolicy
    public internal(set) var libraryPolicy: LibraryPolicy = .guide
    var generator: any CodeGenerator

    var accounts: [AccountRecord] = []
    var accountIndex: [Handle: Int32] = [:]
    var postsByOwner: [[Int32]] = []
    var codesByCreator: [[Int32]] = []

    var posts: [PostRecord] = []
    var postIndex: [UInt64: Int32] = [:]
    var codesByPost: [[Int32]] = []

    var codes: [CodeRecord] = []
    var codeIndex: [String: Int32] = [:]
    var expiryIndex = ExpiryIndex()

    var brands: [BrandRecord] = []
    var brandIndex: [String: Int32] = [:]
    var advertiserIndex: [UInt64: Int32] = [:]
    /// Per brand, the codes bound to it, in the order it redeemed them.
    var libraries: [[LibraryRecord]] = []
    /// Per brand, the posts in its library. A library counts posts, not codes: two codes for one
    /// video make one Spark Ads post (RULES, "where the two sources disagree").
    var libraryPosts: [Set<Int32>] = []
    var campaignsByBrand: [[Int32]] = []

    var campaigns: [CampaignRecord] = []
    var campaignIndex: [String: Int32] = [:]
    /// How many campaigns were deleted (tombstones in `campaigns`).
    var deletedCampaigns = 0
    /// Scheduled, running and paused campaigns.
    var liveCampaigns: Set<Int32> = []
    /// The live campaigns by their next moment: what `advance` looks at.
    var campaignQueue = CampaignQueue()

    var dealList: [Deal] = []
    /// The events of the latest operation (or of the open transactions so far), for `events` and
    /// `notifications(for:)`: bounded by one statement, never the whole history.
    var eventLog: [WorldEvent] = []

    var undoLog = UndoLog()
    /// Rule coverage, counted as the domain checks rules (never rolled back: a refusal exercised
    /// its rule too).
    var coverage = RuleCoverage()
    /// The timeline's entries, nil unless `recordTimeline()` asked for them.
    var timelineLog: [TimelineEntry]?

    /// Scripts start at 2026-01-01 00:00 UTC unless they say otherwise.
    public static let defaultStart = Instant(seconds: 1_767_225_600)

    public init(
        start: Instant = World.defaultStart,
        generator: any CodeGenerator = SystemCodeGenerator(),
        deletionPolicy: DeletionPolicy = .guide
    ) {
        self.clock = start
        self.generator = generator
        self.deletionPolicy = deletionPolicy
    }

    /// The simulated time. Only `advance` moves it.
    public var now: Instant { clock }

    /// Switches the rule 11 policy (undone by a rollback like any change).
    public func setDeletionPolicy(_ policy: DeletionPolicy) {
        undoLog.log(.policy(deletionPolicy))
        deletionPolicy = policy
        settle()
    }

    /// Switches the library cap (undone by a rollback like any change).
    public func setLibraryPolicy(_ policy: LibraryPolicy) {
        undoLog.log(.libraryPolicy(libraryPolicy))
        libraryPolicy = policy
        settle()
    }

    /// Sets the clock for `start 2026-12-01`. In an empty World it may go anywhere; once anything
    /// exists it behaves as `advance(to:)`, because codes and campaigns depend on time moving forward.
    @discardableResult
    public func setStart(_ instant: Instant) throws(DomainError) -> [WorldEvent] {
        guard accounts.isEmpty && brands.isEmpty else { return try advance(to: instant) }
        undoLog.log(.clock(clock))
        clock = instant
        settle()
        return []
    }
}
