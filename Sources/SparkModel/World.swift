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
    var libraries: [[LibraryRecord]] = []
    var campaignsByBrand: [[Int32]] = []

    var campaigns: [CampaignRecord] = []
    var campaignIndex: [String: Int32] = [:]
    /// Scheduled, running and paused campaigns: the only ones `advance` has to look at.
    var liveCampaigns: Set<Int32> = []

    var dealList: [Deal] = []
    /// Every event so far, for `notifications(for:)`.
    var eventLog: [WorldEvent] = []

    var undoLog: [UndoRecord] = []
    var transactionMarks: [Int] = []

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
        undoLog.append(.policy(deletionPolicy))
        deletionPolicy = policy
        settle()
    }

    /// Switches the library cap (undone by a rollback like any change).
    public func setLibraryPolicy(_ policy: LibraryPolicy) {
        undoLog.append(.libraryPolicy(libraryPolicy))
        libraryPolicy = policy
    }

    /// Sets the clock for `start 2026-12-01`. In an empty World it may go anywhere; once anything
    /// exists it behaves as `advance(to:)`, because codes and campaigns depend on time moving forward.
    @discardableResult
    public func setStart(_ instant: Instant) throws(DomainError) -> [WorldEvent] {
        guard accounts.isEmpty && brands.isEmpty else { return try advance(to: instant) }
        undoLog.append(.clock(clock))
        clock = instant
        settle()
        return []
    }
}
