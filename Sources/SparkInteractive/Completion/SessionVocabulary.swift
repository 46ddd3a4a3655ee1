import SparkModel
import SparkRuntime

/// What completion may offer in a session, with the world's names kept sorted between Tabs.
public final class SessionVocabulary {
    private var sortedNames = SortedWorldNames()

    public init() {}

    /// The names completion may offer now: handles, brands, bindings, video ids, campaigns.
    ///
    /// Asked on every Tab, so it must stay cheap in a world of 100,000 names: the world's names
    /// are kept sorted between calls (`SortedWorldNames`, brought up to date with what was added
    /// since), and `CompletionVocabulary` then only checks their order.
    public func vocabulary(of session: Session) -> CompletionVocabulary {
        session.world.update(&sortedNames)
        let names = sortedNames
        return CompletionVocabulary(
            handles: names.handles, brands: names.brands, bindings: session.boundNames,
            videoIDs: names.videoIDs, campaigns: names.campaigns)
    }
}
