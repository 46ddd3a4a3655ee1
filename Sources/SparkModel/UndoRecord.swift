/// One entry of the World's undo log: the prior value of something an operation changed, or the
/// fact that it appended something. Rolling back replays the log backwards, so a transaction costs
/// what it changed, never a copy of the World.
///
/// A changed value is logged once per transaction, before its first change (see `UndoLog`), so a
/// long `advance` that updates one campaign every simulated day logs that campaign once.
enum UndoRecord {
    case account(Int32, AccountRecord)
    case accountAdded
    case post(Int32, PostRecord)
    case postAdded
    case code(Int32, CodeRecord)
    case codeAdded
    case brandAdded
    case libraryEntryAdded(brand: Int32)
    case libraryPostAdded(brand: Int32, post: Int32)
    case libraryPostRemoved(brand: Int32, post: Int32)
    case campaign(Int32, CampaignRecord)
    case campaignAdded
    case campaignNameRemoved(Int32)
    case dealAdded
    case eventAdded
    case timelineEntryAdded
    /// The events of the previous operation, dropped when a new one began (see `World.events`).
    case eventsCleared([WorldEvent])
    case clock(Instant)
    case policy(DeletionPolicy)
    case libraryPolicy(LibraryPolicy)
    /// The code generator's state before the transaction drew from it: a rolled-back code leaves
    /// the stream where it was, so later codes do not depend on failed statements.
    case generator(any CodeGenerator)

    /// What the record holds the prior value of, for logging each value once per transaction;
    /// nil for records of appends, which are logged every time.
    var key: UndoKey? {
        switch self {
        case .account(let index, _): return .account(index)
        case .post(let index, _): return .post(index)
        case .code(let index, _): return .code(index)
        case .campaign(let index, _): return .campaign(index)
        case .clock: return .clock
        case .policy: return .policy
        case .libraryPolicy: return .libraryPolicy
        case .generator: return .generator
        case .eventsCleared: return .events
        case .accountAdded, .postAdded, .codeAdded, .brandAdded, .libraryEntryAdded, .libraryPostAdded,
            .libraryPostRemoved, .campaignAdded, .campaignNameRemoved, .dealAdded, .eventAdded,
            .timelineEntryAdded:
            return nil
        }
    }
}

/// Names one changeable value of the World: a stored record by index, or a World-wide setting.
enum UndoKey: Hashable {
    case account(Int32)
    case post(Int32)
    case code(Int32)
    case campaign(Int32)
    case clock
    case policy
    case libraryPolicy
    case generator
    case events
}
