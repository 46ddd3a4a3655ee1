import SparkModel
import SparkSyntax

extension Session {
    /// The names completion may offer now: handles, brands, bindings, video ids, campaigns.
    ///
    /// Asked on every Tab, so it must stay cheap in a world of 100,000 names: the world's names
    /// are kept sorted between calls (`SortedWorldNames`, brought up to date with what was added
    /// since), and `CompletionVocabulary` then only checks their order.
    public var vocabulary: CompletionVocabulary {
        interpreter.world.update(&sortedNames)
        let names = sortedNames
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
