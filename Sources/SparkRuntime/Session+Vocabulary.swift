import SparkModel
import SparkSyntax

extension Session {
    /// The names completion may offer now: handles, brands, bindings, video ids, campaigns.
    public var vocabulary: CompletionVocabulary {
        let world = interpreter.world
        return CompletionVocabulary(
            handles: world.handleNames, brands: world.brandNames, bindings: interpreter.bindings.names,
            videoIDs: world.videoIDs.map(String.init), campaigns: world.campaignNames)
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
