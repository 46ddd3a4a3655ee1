/// The names the completer may offer, taken from the session at the moment Tab is pressed.
///
/// Each list is kept sorted by UTF-8 bytes (see `SortedNames`). The initializer accepts lists in
/// any order and sorts those that are not sorted already; a session that keeps its names sorted
/// pays only a linear check per completion, which keeps Tab fast with 100,000 names.
public struct CompletionVocabulary: Sendable, Equatable {
    /// Account handles, each with its leading `@` (`@alice`).
    public let handles: SortedNames
    /// Brand names (`acme`).
    public let brands: SortedNames
    /// `let` bindings (`c`, `c1`).
    public let bindings: SortedNames
    /// Video ids as written (`42`).
    public let videoIDs: SortedNames
    /// Campaign names without quotes (`winter`); offered quoted.
    public let campaigns: SortedNames

    /// Handles may be given with or without their `@`.
    public init(
        handles: [String] = [], brands: [String] = [], bindings: [String] = [],
        videoIDs: [String] = [], campaigns: [String] = []
    ) {
        let needsAt = handles.contains { !$0.hasPrefix("@") }
        self.handles = SortedNames(needsAt ? handles.map { $0.hasPrefix("@") ? $0 : "@" + $0 } : handles)
        self.brands = SortedNames(brands)
        self.bindings = SortedNames(bindings)
        self.videoIDs = SortedNames(videoIDs)
        self.campaigns = SortedNames(campaigns)
    }

    public static let empty = CompletionVocabulary()
}
