import SparkModel
import SparkRuntime
import SparkSyntax
import Testing

/// Lists, `for`, made names, and what a rolled-back loop prints.
@Suite struct ListAndLoopTests {
    let harness = ScriptHarness()

    @Test func appendBuildsAListThatForAndBatchTake() {
        let run = harness.run(
            setUp + """
                let codes = []
                repeat 3 as i {
                  post video 100 + i by @alice
                  let c = authorize video 100 + i
                  append c to codes
                }
                expect count of codes == 3
                batch codes as acme
                for c in codes { expect c is redeemed }
                """)
        #expect(run.outcome == .succeeded, "\(run.failures) \(run.errors.map(\.message))")
        #expect(run.checks.count == 4)
        guard case .list(let items)? = run.session.value(of: "codes") else {
            Issue.record("codes is not a list")
            return
        }
        #expect(items.count == 3)
    }

    @Test func aFailingForUndoesTheWholeLoopWithItsAppends() {
        let run = harness.run(
            setUp + """
                let posted = []
                for v in [10, 11, 42] {
                  post video v by @alice
                  append v to posted
                }
                """)
        #expect(run.errors.first?.message == "video 42 already exists")
        #expect(run.session.world.video(10) == nil && run.session.world.video(11) == nil)
        #expect(run.session.value(of: "posted") == .list([]))
        #expect(run.session.value(of: "v") == nil)
    }

    /// A loop logs its counter once and its appends as one entry: undoing it still restores the
    /// list and the counter exactly.
    @Test func aFailingRepeatRestoresTheListAndTheCounter() {
        let run = harness.run(
            setUp + """
                let xs = [0]
                let i = 99
                repeat 5 as i { append i to xs; { let i = 7 } }
                repeat 50 as i {
                  append i to xs
                  append i * 2 to xs
                  post video 40 + i by @alice
                }
                """)
        #expect(run.errors.first?.message == "video 42 already exists")
        #expect(run.session.value(of: "xs") == .list((0...5).map { .integer(UInt64($0)) }))
        #expect(run.session.value(of: "i") == .integer(7))
        #expect(run.session.world.video(41) == nil)
    }

    @Test func aRolledBackLoopPrintsOneLineInsteadOfWhatDidNotHappen() {
        let run = harness.run(setUp + "repeat 1000 as i { post video i by @alice }")
        let posted = run.results.filter {
            if case .posted(let id, _, _, _, _) = $0 { id != 42 } else { false }
        }
        #expect(posted.isEmpty)
        #expect(run.results.last == .rolledBack("repeat", undone: 41))
        #expect(run.errors.first?.message == "video 42 already exists")
        #expect(run.session.world.video(41) == nil)
    }

    @Test func aCommittedBlockPrintsEverythingInOrderWhenItCommits() {
        let run = harness.run(
            setUp + "{ post video 1 by @alice; repeat 2 as i { post video 1 + i by @alice } }")
        let ids = run.results.compactMap { if case .posted(let id, _, _, _, _) = $0 { id } else { nil } }
        #expect(ids == [42, 1, 2, 3])
        #expect(run.outcome == .succeeded)
    }

    @Test func checksInsideARolledBackBlockAreStillReported() {
        let run = harness.run(setUp + "{ expect video 42 is public; post video 42 by @alice }")
        #expect(run.checks.count == 1 && run.failures.isEmpty)
        #expect(run.errors.count == 1)
    }

    @Test func appendingToANonListOrAnUnboundNameIsAnErrorAtTheName() {
        let notAList = harness.run("let n = 3\nappend 1 to n")
        #expect(notAList.errors.first?.message == "`n` is a number, not a list")
        let unbound = harness.run("append 1 to xs")
        #expect(unbound.errors.first?.help == "bind an empty list first: `let xs = []`")
    }

    @Test func madeNamesAreCheckedAsWrittenOnes() {
        let run = harness.run(
            """
            let i = 2
            creator @"fan{i}"
            brand "brand{i * 2}" "Brand {i}"
            expect @fan2 is not ads-enabled
            expect library of brand brand4 == 0
            expect "\\{i\\} = {i}" == "\\{i\\} = 2"
            """)
        #expect(run.errors.isEmpty, "\(run.errors.map(\.message))")
        #expect(run.session.world.brand(named: "brand4")?.displayName == "Brand 2")
        let bad = harness.run("let s = \" \"\nbrand \"a{s}b\"")
        #expect(bad.errors.first?.message == "`a b` is not a brand name")
    }

    @Test func forCountsAgainstTheRepeatLimit() {
        var options = SessionOptions()
        options.repeatLimit = 10
        let run = harness.run(
            "let xs = []\nrepeat 6 as i { append i to xs }\nrepeat 2 { for x in xs { now } }",
            options: options)
        #expect(run.errors.first?.message == "`for` would run its body more than 10 times")
    }
}
