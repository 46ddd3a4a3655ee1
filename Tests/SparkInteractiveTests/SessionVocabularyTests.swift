import SparkBase
import SparkInteractive
import SparkModel
import SparkRuntime
import SparkSyntax
import Testing

/// `SessionVocabulary`, which the REPL asks on every Tab: the world's names, sorted by UTF-8
/// bytes, kept up to date as statements add names (and take them back when they fail).
struct SessionVocabularyTests {
    /// A session and the vocabulary the REPL keeps beside it.
    private final class Tracked {
        let session: Session
        let names = SessionVocabulary()
        init(_ session: Session) { self.session = session }
        var vocabulary: CompletionVocabulary { names.vocabulary(of: session) }
        var world: World { session.world }
        var boundNames: [String] { session.boundNames }
    }

    private final class Silence: RecordSink {
        func emit(_ record: Record) {}
    }

    private struct NoScripts: ScriptReader {
        func read(_ path: String) throws(Diagnostic) -> SourceFile { SourceFile(path: path, text: "") }
    }

    private func makeSession() -> Tracked {
        Tracked(Session(options: SessionOptions(seed: 1), reader: NoScripts(), sink: Silence()))
    }

    private func run(_ tracked: Tracked, _ text: String) {
        _ = tracked.session.evaluate(SourceFile(path: "<test>", text: text))
    }

    /// What the vocabulary must hold: the world's names, sorted afresh.
    private func expectMatchesTheWorld(
        _ session: Tracked, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let vocabulary = session.vocabulary
        let world = session.world
        let sorted = { (names: [String]) in names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } }
        #expect(
            vocabulary.handles.names == sorted(names(world, .account).map { "@" + $0 }),
            sourceLocation: sourceLocation)
        #expect(vocabulary.brands.names == sorted(names(world, .brand)), sourceLocation: sourceLocation)
        #expect(vocabulary.campaigns.names == sorted(names(world, .campaign)), sourceLocation: sourceLocation)
        #expect(
            vocabulary.videoIDs.names == sorted(names(world, .post)),
            sourceLocation: sourceLocation)
        #expect(vocabulary.bindings.names == sorted(session.boundNames), sourceLocation: sourceLocation)
    }

    @Test func holdsTheWorldsNamesInByteOrder() {
        let session = makeSession()
        run(session, "creator @zoe; creator @bob_2; creator @alice; creator @bob.smith; creator @bob")
        run(session, "post video 9 by @zoe; post video 10 by @alice; post story 100 by @zoe")
        run(session, "brand acme; brand Zeta; let v = 9")
        run(session, "campaign \"winter\" by acme { video 9 }; campaign \"autumn\" by acme { video 10 }")
        let vocabulary = session.vocabulary
        #expect(vocabulary.handles.names == ["@alice", "@bob", "@bob.smith", "@bob_2", "@zoe"])
        #expect(vocabulary.videoIDs.names == ["10", "100", "9"])
        #expect(vocabulary.brands.names == ["Zeta", "acme"])
        #expect(vocabulary.campaigns.names == ["autumn", "winter"])
        #expect(vocabulary.bindings.names == ["v"])
        expectMatchesTheWorld(session)
    }

    @Test func followsTheWorldAsItGrowsBetweenTabs() {
        let session = makeSession()
        run(session, "creator @mia")
        expectMatchesTheWorld(session)
        for index in [5, 50, 1, 500, 12] {
            run(session, "creator @user\(index)")
            expectMatchesTheWorld(session)
        }
        // Many at once: sorted together rather than one by one.
        run(session, "repeat 100 as i { post video i by @mia }")
        run(session, (0..<150).map { "creator @many\(149 - $0)" }.joined(separator: "; "))
        expectMatchesTheWorld(session)
        #expect(session.vocabulary.handles.count == 156)
        #expect(session.vocabulary.videoIDs.count == 100)
    }

    @Test func forgetsWhatAFailedStatementTookBack() {
        let session = makeSession()
        run(session, "creator @alice")
        expectMatchesTheWorld(session)
        // The block fails after creating @ghost: the world takes it back.
        run(session, "expect error { creator @ghost; creator @ghost }")
        #expect(!names(session.world, .account).contains("ghost"))
        expectMatchesTheWorld(session)
        run(session, "creator @bob")
        expectMatchesTheWorld(session)
        #expect(session.vocabulary.handles.names == ["@alice", "@bob"])
    }

    @Test func forgetsADeletedCampaign() throws {
        let session = makeSession()
        run(
            session,
            "creator @alice; brand acme; campaign \"winter\" by acme { }; campaign \"spring\" by acme { }")
        #expect(session.vocabulary.campaigns.names == ["spring", "winter"])
        try session.world.deleteCampaign("winter")
        #expect(session.vocabulary.campaigns.names == ["spring"])
        expectMatchesTheWorld(session)
    }

    @Test func eachSessionHasItsOwnNames() {
        var first: Tracked? = makeSession()
        if let first { run(first, "creator @alice") }
        #expect(first?.vocabulary.handles.names == ["@alice"])
        first = nil
        // A new world, perhaps where the old one was in memory, starts empty.
        let second = makeSession()
        #expect(second.vocabulary.handles.isEmpty)
        run(second, "creator @bob")
        #expect(second.vocabulary.handles.names == ["@bob"])
    }

    @Test func completesFromTheSessionsNames() {
        let session = makeSession()
        run(session, "creator @alice; creator @alicia; brand acme")
        let completer = Completer(vocabulary: session.vocabulary)
        #expect(completer.complete("show @ali") == ["@alice", "@alicia"])
        #expect(completer.complete("redeem c as a") == ["acme"])
    }

    private func names(_ world: World, _ kind: NamedRecordKind) -> [String] {
        (0..<world.count(of: kind)).compactMap { world.name(of: kind, at: $0) }
    }
}
