import SparkModel
import SparkRuntime
import SparkSyntax
import Testing

@testable import SparkInteractive

/// Completion, help and the runtime read the one language table.
@Suite struct CompletionTableTests {
    let completer = Completer(
        vocabulary: CompletionVocabulary(
            handles: ["@alice"], brands: ["acme"], bindings: ["c"], videoIDs: ["42"], campaigns: ["winter"]))

    /// The words the old hand-written completion table lacked.
    @Test(arguments: [
        ("expect st", ["status", "state"]),
        ("expect comp", ["completions"]),
        ("expect lib", ["library"]),
        ("expect vi", ["video", "views", "visibility", "videos"]),
        ("expect ad_", ["ad_auth_status"]),
        ("expect state of ", ["video", "campaign", "brand", "c", "@alice"]),
        ("expect library of brand ", ["acme"]),
        ("expect brand acme is ", ["not"]),
        ("expect likes of video 42 ", ["==", "!=", "<", "<=", ">", ">="]),
        ("policy ", ["deletion", "library"]),
        ("policy deletion ", ["guide", "strict"]),
        ("campaign \"w\" by acme { format ", ["spark", "in-feed"]),
        ("campaign \"w\" by acme { target US, CA ", ["age"]),
        ("let w = campaign \"w\" by acme {\n  sch", ["schedule"]),
        ("edit video 42 caption \"x\" ", ["as"]),
        ("edit video 42 ", ["caption", "audio", "hashtags", "content", "profile"]),
        ("expect error ", ["{"]),
        ("list codes expiring within ", ["7d", "30d", "60d", "365d"]),
        ("batch ", ["c"]),
        ("explain ", []),
    ])
    func offersTheTablesWords(line: String, expected: [String]) {
        #expect(completer.complete(line) == expected)
    }

    /// Every statement of the table has help, and every help entry is a statement of the table, in
    /// the table's order.
    @Test func helpHasOneEntryPerStatement() {
        #expect(HelpCatalogue.entries.map(\.keyword) == Language.statementWords)
        for entry in HelpCatalogue.entries {
            #expect(entry.syntax.hasPrefix(entry.keyword), "\(entry.keyword): \(entry.syntax)")
            #expect(
                !entry.summary.isEmpty && entry.example.hasPrefix(entry.keyword)
                    || entry.keyword == "authorize")
        }
        #expect(
            HelpCatalogue.entry(for: "authorize").first?.syntax
                == "authorize video ID [for 7d|30d|60d|365d] [as @HANDLE]")
        #expect(Set(HelpCatalogue.notes.keys) == Set(Language.helpNotes))
    }

    /// The runtime's state words and properties, as its diagnostics list them, are the table's.
    @Test(arguments: [
        ("c", Language.SubjectKind.code), ("video 42", .video), ("campaign \"w\"", .campaign),
        ("@alice", .account), ("brand acme", .brand),
    ])
    func theRuntimeKnowsTheTablesWords(subject: String, kind: Language.SubjectKind) {
        let setup = """
            creator @alice
            enable ad authorization for @alice
            post video 42 by @alice
            let c = authorize video 42
            brand acme
            campaign "w" by acme { video 42 }

            """
        #expect(
            help(running: setup + "expect \(subject) is zzz") == "states: "
                + Language.states(of: kind).joined(separator: ", "))
        #expect(
            help(running: setup + "expect zzz of \(subject) == 1") == "properties: "
                + Language.properties(of: kind).joined(separator: ", "))
    }

    private func help(running script: String) -> String? {
        let buffer = RecordBuffer()
        let session = Session(options: SessionOptions(), reader: NoFiles(), sink: buffer)
        session.evaluate(SourceFile(path: "t.spark", text: script))
        for record in buffer.records {
            if case .error(let diagnostic) = record { return diagnostic.help }
            // An unknown state or property is a failed check, with the same help.
            if case .check(let check) = record, let failure = check.failure { return failure.help }
        }
        return nil
    }
}
