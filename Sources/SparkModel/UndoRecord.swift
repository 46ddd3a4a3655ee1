/// One entry of the World's undo log: the prior value of something an operation changed, or the
/// fact that it appended something. Rolling back replays the log backwards, so a transaction costs
/// what it changed, never a copy of the World.
enum UndoRecord {
    case account(Int32, AccountRecord)
    case accountAdded
    case post(Int32, PostRecord)
    case postAdded
    case code(Int32, CodeRecord)
    case codeAdded
    case brandAdded
    case libraryEntryAdded(brand: Int32)
    case campaign(Int32, CampaignRecord)
    case campaignAdded
    case dealAdded
    case eventAdded
    case clock(Instant)
    case policy(DeletionPolicy)
    case libraryPolicy(LibraryPolicy)
}
