import SparkRuntime
import SparkSyntax
import Testing

@testable import SparkInteractive

@Suite struct CompletionTests {
    let completer = Completer(
        vocabulary: CompletionVocabulary(
            handles: ["@bob", "@alice", "@alex"], brands: ["beta", "acme", "acorn"],
            bindings: ["c1", "c", "c2", "v"], videoIDs: ["42", "43", "7"],
            campaigns: ["winter", "summer sale", "wind"]))

    @Test(arguments: [
        ("auth", ["authorize"]),
        ("  auth", ["authorize"]),
        ("re", ["redeem", "resume", "reveal", "repeat"]),
        ("authorize video 42 for ", ["7d", "30d", "60d", "365d"]),
        ("authorize video 42 for 3", ["30d", "365d"]),
        ("authorize video ", ["42", "43", "7"]),
        ("authorize video 42 ", ["for", "as"]),
        ("authorize video 42 for 7d as ", ["@alex", "@alice", "@bob"]),
        ("redeem c as ", ["acme", "acorn", "beta"]),
        ("redeem c as ac", ["acme", "acorn"]),
        ("redeem ", ["c", "c1", "c2", "v"]),
        ("enable ad authorization for @al", ["@alex", "@alice"]),
        ("turn off ad authorization for ", ["video"]),
        ("turn on ad authorization for video 4", ["42", "43"]),
        ("post ", ["video", "story"]),
        ("post video 44 by @alice \"Winter haul\" ", ["public", "private", "friends"]),
        ("make video 42 ", ["public", "private", "friends"]),
        ("list ", ["codes", "videos", "campaigns", "brands", "creators"]),
        ("list codes ", ["of", "in", "expiring"]),
        ("list codes in ", ["acme", "acorn", "beta"]),
        ("list videos by @b", ["@bob"]),
        ("delete ", ["code", "video", "campaign"]),
        ("delete code ", ["c", "c1", "c2", "v"]),
        ("publish ", ["\"summer sale\"", "\"wind\"", "\"winter\""]),
        ("pause \"win", ["\"wind\"", "\"winter\""]),
        ("resume \"wint", ["\"winter\""]),
        ("publish win", []),
        ("show campaign \"s", ["\"summer sale\""]),
        ("expect c is ", ["active", "expired", "deleted", "unused", "redeemed", "not"]),
        ("expect c is not ", ["active", "expired", "deleted", "unused", "redeemed"]),
        ("expect video 42 is ", ["public", "private", "friends", "deleted", "authorized", "not"]),
        (
            "expect campaign \"winter\" is ",
            ["draft", "scheduled", "running", "paused", "stopped", "completed", "not"]
        ),
        ("expect @alice is ", ["ads-enabled", "not"]),
        ("expect likes ", ["of"]),
        ("expect likes of video ", ["42", "43", "7"]),
        ("extend c by ", ["7d", "30d", "60d", "365d"]),
        ("batch [c1, c", ["c", "c1", "c2"]),
        ("batch [c1, c2] as a", ["acme", "acorn"]),
        ("let code = auth", ["authorize"]),
        ("let code = authorize video 42 for 6", ["60d"]),
        ("let x=redeem c as b", ["beta"]),
        ("creator @alice as ", ["personal", "creator", "business"]),
        ("help auth", ["authorize"]),
        ("now; show video 4", ["42", "43"]),
        ("campaign \"w\" by ", ["acme", "acorn", "beta"]),
        ("campaign \"w\" by acme { ", ["video", "budget", "schedule", "target", "url", "cta", "format"]),
        ("campaign \"w\" by acme {\n  video 42\n  bu", ["budget"]),
        ("campaign \"w\" by acme { video ", ["42", "43", "7"]),
        ("campaign \"w\" by acme { budget $50 ", ["daily", "total"]),
        ("campaign \"w\" by acme { video 42 }; red", ["redeem"]),
        ("expect error { redeem c as ", ["acme", "acorn", "beta"]),
        ("repeat 3 as i { pos", ["post"]),
        ("post video 42 by @alice \"a \\\" quote", []),
        ("show c // a comment ", []),
        ("frobnicate @b", ["@bob"]),
        ("frobnicate ", []),
        ("brand ", []),
        ("edit ", ["video", "campaign"]),
        ("edit campaign ", ["\"summer sale\"", "\"wind\"", "\"winter\""]),
        ("edit campaign \"w\" { ", ["video", "budget", "schedule", "target", "url", "cta", "format"]),
        ("edit campaign \"w\" { budget $5 ", ["daily", "total"]),
        ("for c in ", ["c", "c1", "c2", "v"]),
        ("append c to ", ["c", "c1", "c2", "v"]),
        ("unbind video 42 ", ["from"]),
        ("unbind video 42 from ", ["acme", "acorn", "beta"]),
        ("delete campaign ", ["\"summer sale\"", "\"wind\"", "\"winter\""]),
        ("brand acme \"Acme\" ", ["advertiser"]),
        ("ap", ["append"]),
    ])
    func offersTheWordsThatFit(line: String, expected: [String]) {
        #expect(completer.complete(line) == expected)
    }

    @Test func anEmptyLineOffersEveryStatement() {
        let all = completer.complete("")
        #expect(all == Language.statementWords)
        #expect(all.contains("authorize") && all.contains("explain") && all.contains("let"))
    }

    @Test func showOffersItsKeywordsThenBindingsThenHandles() {
        #expect(
            completer.complete("show ")
                == ["video", "campaign", "brand", "c", "c1", "c2", "v", "@alex", "@alice", "@bob"])
        #expect(completer.complete("show @") == ["@alex", "@alice", "@bob"])
        #expect(completer.complete("show v") == ["video", "v"])
    }

    @Test func handlesWithoutTheirAtSignGetOne() {
        let vocabulary = CompletionVocabulary(handles: ["zoe", "@ann"])
        #expect(vocabulary.handles.names == ["@ann", "@zoe"])
    }

    @Test func campaignNamesAreQuotedWithEscapes() {
        let completer = Completer(vocabulary: CompletionVocabulary(campaigns: ["say \"hi\""]))
        #expect(completer.complete("publish \"say") == ["\"say \\\"hi\\\"\""])
    }

    @Test(arguments: [
        // One candidate: its rest and a space.
        ("auth", ["authorize"], "orize ", [String]()),
        ("redeem c as ac", ["acme"], "me ", []),
        ("pause \"win", ["\"winter\""], "ter\" ", []),
        ("authorize video ", ["42"], "42 ", []),
        // Several: the rest of their common prefix, and the list.
        ("redeem c as a", ["acme", "acorn"], "c", ["acme", "acorn"]),
        ("redeem c as ac", ["acme", "acorn"], "", ["acme", "acorn"]),
        ("list codes ", ["of", "in", "expiring"], "", ["of", "in", "expiring"]),
        ("pause \"w", ["\"wind\"", "\"winter\""], "in", ["\"wind\"", "\"winter\""]),
        // None: nothing to do.
        ("frobnicate ", [], "", []),
        // Multibyte text before the word is measured in bytes, not mistaken for the word.
        ("post video 1 by @zoë \"café\" pr", ["private"], "ivate ", []),
    ])
    func editsTheLine(line: String, candidates: [String], insertion: String, alternatives: [String]) {
        let edit = CompletionEdit(lineBeforeCursor: line, candidates: candidates)
        #expect(edit.insertion == insertion)
        #expect(edit.alternatives == alternatives)
    }

    @Test func aHundredThousandNamesCompleteByPrefix() {
        // Names in scrambled order: the vocabulary sorts them once.
        let count = 100_000
        let names = (0..<count).map { "brand\(($0 &* 7_919) % count)" }
        let vocabulary = CompletionVocabulary(brands: names, bindings: names.map { "b" + $0 })
        #expect(vocabulary.brands.count == count)
        let completer = Completer(vocabulary: vocabulary)

        #expect(completer.complete("redeem c as brand12345") == ["brand12345"])
        let many = completer.complete("redeem c as brand9999")
        #expect(many == ["brand9999"] + (0...9).map { "brand9999\($0)" })
        #expect(completer.complete("redeem c as brand").count == count)
        #expect(completer.complete("redeem c as zzz").isEmpty)
        #expect(completer.complete("redeem bbrand4242").contains("bbrand42420"))

        let all = completer.complete("redeem c as ")
        #expect(all.count == count)
        #expect(zip(all, all.dropFirst()).allSatisfy { SortedNames.precedes($0, $1) })
    }

    @Test func sortedNamesDropDuplicatesAndFindPrefixRanges() {
        let names = SortedNames(["b", "ab", "a", "b", "abc", "ac", "é", "e"])
        #expect(names.names == ["a", "ab", "abc", "ac", "b", "e", "é"])
        #expect(Array(names.matching(prefix: "ab")) == ["ab", "abc"])
        #expect(Array(names.matching(prefix: "a")) == ["a", "ab", "abc", "ac"])
        #expect(Array(names.matching(prefix: "é")) == ["é"])
        #expect(names.matching(prefix: "abcd").isEmpty)
        #expect(names.matching(prefix: "").count == 7)
    }
}
