import SparkModel
import SparkRuntime
import SparkSyntax
import Testing

@Suite struct InterpreterTests {
    let harness = ScriptHarness()

    @Test func authorizeYieldsTheCodeItGeneratedAndLetBindsIt() throws {
        let run = harness.run(setUp + "let c = authorize video 42 for 60d\nredeem c as acme\nshow c")
        #expect(run.outcome == .succeeded)
        guard case .codeGenerated(let code, _, _) = run.results[4] else {
            Issue.record("authorize gave \(run.results[4])")
            return
        }
        #expect(code.text.count == 65 && code.text.hasSuffix("="))
        #expect(code.videoID == 42 && code.days == 60 && code.status == .notUsed)
        #expect(code.expiry.description == "2026-03-02 00:00 UTC")
        #expect(run.session.value(of: "c") == .code(code.text))
        guard case .redeemed(let redeemed) = run.results[5], case .card(.code(let shown, _)) = run.results[6]
        else {
            Issue.record("redeem and show gave \(run.results.suffix(2))")
            return
        }
        #expect(
            redeemed.brand == "acme" && redeemed.code == code.text && redeemed.adAuthStatus == .authorized)
        #expect(shown.brand == "acme" && shown.status == .inUse && shown.text == code.text)
    }

    @Test func statementsYieldTheirValuesToLet() {
        let run = harness.run(
            setUp + """
                let a = creator @bob
                let v = post video 7 by @bob
                let b = brand beta
                let w = campaign "w" by acme {}
                let n = advance 1d
                let x = 42
                """)
        #expect(run.outcome == .succeeded)
        #expect(run.session.value(of: "a") == .account("bob"))
        #expect(run.session.value(of: "v") == .video(7))
        #expect(run.session.value(of: "b") == .brand("beta"))
        #expect(run.session.value(of: "w") == .campaign("w"))
        #expect(run.session.value(of: "n") == .nothing)
        #expect(run.results.last == .bound(name: "x", .integer(42)))
    }

    @Test func seededRunsAreReproducible() {
        let script = setUp + "authorize video 42"
        #expect(harness.run(script).results == harness.run(script).results)
        let other = harness.run(script, options: SessionOptions(seed: 99))
        #expect(other.results != harness.run(script).results)
    }

    @Test func aFailedExpectationSaysExpectedAndActual() {
        let run = harness.run(setUp + "let c = authorize video 42 for 60d\nadvance 61d\nexpect c is active")
        #expect(run.outcome == .failed)
        #expect(run.failures == ["expected `c` to be active, but it expired at 2026-03-02 00:00 UTC"])
        let location = run.checks[0].location
        #expect(location.file.location(of: location.range) == (7, 1))
    }

    @Test func aRuntimeErrorStopsTheScriptWithTikToksNumberAndHelp() {
        let run = harness.run(setUp + "post story 43 by @alice\nauthorize video 43\nnow")
        #expect(run.outcome == .failed)
        #expect(run.errors.count == 1)
        #expect(run.errors[0].number == 4027)
        #expect(run.errors[0].help != nil)
        #expect(!run.results.contains { if case .now = $0 { true } else { false } })
    }

    @Test func aBlockIsAtomicOverTheWorldAndTheBindings() {
        let run = harness.run(setUp + "{\n  post video 7 by @alice\n  let x = 1\n  redeem #nope as acme\n}")
        #expect(run.outcome == .failed)
        #expect(run.session.world.video(7) == nil)
        #expect(run.session.value(of: "x") == nil)
    }

    @Test func expectErrorPassesOnFailureAndLeavesTheWorldUnchanged() {
        let run = harness.run(
            setUp + """
                let c = authorize video 42
                brand beta
                redeem c as acme
                expect error { redeem c as beta }
                expect error "another advertiser" { redeem c as beta }
                expect error { post video 9 by @alice; redeem c as beta }
                """)
        #expect(run.outcome == .succeeded)
        #expect(run.checks.count == 3 && run.failures.isEmpty)
        #expect(run.session.world.video(9) == nil)
    }

    @Test func expectErrorWithTheWrongNumberOrNoFailureFails() {
        let run = harness.run(
            setUp + """
                expect error 4025 { authorize video 42 for 45d }
                expect error { now }
                """)
        #expect(run.failures.count == 2)
        #expect(run.failures[0].hasPrefix("expected error 4025, but the block failed with"))
        #expect(run.failures[1] == "expected the block to fail, but it succeeded")
    }

    @Test func propertiesCompareWithTheirOwnTypes() {
        let run = harness.run(
            setUp + """
                let c = authorize video 42 for 30d
                expect status of c == "NOT_USED"
                expect days of c == 30
                expect expiry of c == 2026-01-31
                expect views of video 42 == 0
                expect days of c > 30
                """)
        #expect(run.failures == ["expected days of c > 30, but it is 30"])
    }

    /// Two kinds that never compare make a failed check, and the run goes on.
    @Test func comparingDifferentKindsIsAFailedCheck() {
        let run = harness.run(
            setUp + "let c = authorize video 42\nexpect days of c == \"thirty\"\nexpect days of c == 30")
        #expect(run.errors.isEmpty)
        #expect(run.failures == ["cannot compare days of c (a number) with a string"])
    }

    @Test func unknownStateWordsAreFailedChecksWithADidYouMean() {
        let run = harness.run(
            setUp + "let c = authorize video 42\nexpect c is actve\nexpect c is in-use\nexpect c is active")
        #expect(run.errors.isEmpty)
        #expect(run.failures == ["`actve` is not a state of a code", "`in-use` is not a state of a code"])
        #expect(run.failureHelps.first??.hasPrefix("did you mean `active`?") == true)
        #expect(run.failureHelps.last??.hasPrefix("did you mean `redeemed`?") == true)
    }

    @Test func repeatBindsItsCounterFromOne() {
        let run = harness.run("creator @alice\nrepeat 3 as i { post video i by @alice }")
        #expect(run.outcome == .succeeded)
        #expect(run.session.world.video(1) != nil && run.session.world.video(3) != nil)
        #expect(run.session.world.video(0) == nil && run.session.world.video(4) == nil)
    }

    @Test func batchBindsTheRedeemedCodes() throws {
        let run = harness.run(
            setUp + """
                post video 43 by @alice
                let a = authorize video 42
                let b = authorize video 43
                let both = batch [a, b, #garbled] as acme
                """)
        #expect(run.outcome == .succeeded)
        guard case .list(let codes) = run.session.value(of: "both") else {
            Issue.record("batch did not bind a list")
            return
        }
        #expect(codes.count == 2)
        guard case .batch(let brand, let items) = run.results.last else {
            Issue.record("batch gave \(String(describing: run.results.last))")
            return
        }
        #expect(brand == "acme")
        #expect(items.map(\.isAuthorized) == [true, true, false])
        guard case .refused(let refusal) = items[2].outcome else { return }
        #expect(refusal.number == 4013)
    }

    @Test func syntaxErrorsRunNothing() {
        let run = harness.run("creator @alice\nautorize video 42")
        #expect(run.outcome == .invalid)
        #expect(run.results.isEmpty)
        #expect(run.errors.first?.help == "did you mean `authorize`?")
    }

    @Test func startOnlyBeforeAnythingHappens() throws {
        let started = harness.run("start 2026-12-01\nnow")
        let december = try #require(Instant(year: 2026, month: 12, day: 1))
        #expect(started.results == [.clockStarted(december), .now(december)])
        let late = harness.run("creator @alice\nstart 2026-12-01")
        #expect(late.errors.first?.message == "`start` must come before anything else happens")
    }

    @Test func scheduleEndDatesIncludeTheirDay() {
        let run = harness.run(
            setUp + """
                let c = authorize video 42 for 60d
                redeem c as acme
                campaign "w" by acme { video 42; budget $10 daily; schedule 2026-01-02 to 2026-01-03; url "https://a.example"; cta "Go" }
                publish "w"
                advance 5d
                expect spend of campaign "w" == $20
                expect campaign "w" is completed
                """)
        #expect(run.failures.isEmpty)
        #expect(run.outcome == .succeeded)
    }

    @Test func quietSinksGetNoResultsButStillGetFailures() {
        final class Quiet: RecordSink {
            var records: [Record] = []
            func emit(_ record: Record) { records.append(record) }
            var wantsResults: Bool { false }
        }
        let sink = Quiet()
        let session = Session(options: SessionOptions(), reader: MemoryReader(files: [:]), sink: sink)
        _ = session.run([SourceFile(path: "q.spark", text: setUp + "expect video 42 is private")])
        #expect(sink.records.count == 1)
        guard case .check(let check) = sink.records.first else {
            Issue.record("expected a check record")
            return
        }
        #expect(!check.passed)
    }

    private func maskedCode(_ run: ScriptHarness.Run) -> String {
        guard case .code(let text) = run.session.value(of: "c") else { return "?" }
        return String(text.prefix(7)) + "…" + String(text.suffix(3))
    }
}
