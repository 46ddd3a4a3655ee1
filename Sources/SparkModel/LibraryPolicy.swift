/// Whether a brand's library of Spark Ads posts is capped.
///
/// The guide sets no limit; TikTok's API caps a library at 10,000 posts. The default follows the
/// guide, as for `DeletionPolicy`, so large scenarios (the benchmark workload redeems 25,000 codes
/// per brand) run as written; `policy library strict` turns TikTok's cap on.
public enum LibraryPolicy: String, CaseIterable, Hashable, Sendable {
    /// The guide: no cap.
    case guide
    /// TikTok's API: at most `Brand.libraryLimit` posts per library.
    case strict
}
