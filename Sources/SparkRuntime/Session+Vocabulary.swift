import SparkModel
import SparkSyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Session {
    /// The names completion may offer now: handles, brands, bindings, video ids, campaigns.
    ///
    /// Asked on every Tab, so it must stay cheap in a world of 100,000 names: the world's names
    /// are kept sorted between calls (`SortedWorldNames`, brought up to date with what was added
    /// since), and `CompletionVocabulary` then only checks their order.
    public var vocabulary: CompletionVocabulary {
        let world = interpreter.world
        let names = VocabularyCache.shared.sortedNames(of: world)
        return CompletionVocabulary(
            handles: names.handles, brands: names.brands, bindings: interpreter.bindings.names,
            videoIDs: names.videoIDs, campaigns: names.campaigns)
    }

    /// `2026-01-01`: the simulated date, for the prompt.
    public var promptDate: String { String(interpreter.world.now.description.prefix(10)) }

    /// Whether `source` stops inside an open `{`, `[` or string: the REPL then asks for more.
    public static func isIncomplete(_ source: String) -> Bool {
        var parser = Parser(file: SourceFile(path: "<repl>", text: source), checker: nil)
        while parser.next() != nil {}
        return parser.endsIncomplete
    }
}

/// The sorted names of each world that completion was asked about, held beside the world (an
/// extension cannot add storage to `Session` or `World`) and dropped when the world goes.
private final class VocabularyCache: @unchecked Sendable {
    static let shared = VocabularyCache()

    private struct Entry {
        weak var world: World?
        var names: SortedWorldNames
    }

    /// Guards `entries`; allocated once so that it never moves.
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var entries: [ObjectIdentifier: Entry] = [:]

    private init() {
        mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    /// `world`'s names, sorted, brought up to date.
    func sortedNames(of world: World) -> SortedWorldNames {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        let key = ObjectIdentifier(world)
        var names = SortedWorldNames()
        if let entry = entries[key], entry.world === world {
            names = entry.names
            // Not held twice while updating: the update then sorts in place, without a copy.
            entries[key]?.names = SortedWorldNames()
        } else {
            // A new world (perhaps where a dead one was): forget the worlds that are gone.
            entries = entries.filter { $0.value.world != nil }
        }
        world.update(&names)
        entries[key] = Entry(world: world, names: names)
        return names
    }
}
