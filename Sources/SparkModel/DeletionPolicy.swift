/// What deleting a code does to the ads that use it (rule 11; the sources disagree).
public enum DeletionPolicy: String, CaseIterable, Hashable, Sendable {
    /// The guide: deleting stops the brand from starting new ads with the code, but ads already
    /// running continue until their campaign ends or the code's original expiry. The default.
    case guide
    /// TikTok's rule: a code cannot be deleted while a scheduled, running or paused campaign uses it.
    case strict
}
