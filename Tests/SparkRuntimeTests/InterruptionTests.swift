import SparkModel
import SparkRuntime
import SparkSyntax
import Testing

/// Ctrl-C stops a running statement and undoes it (issue 11).
@Suite struct InterruptionTests {
    /// Says "interrupted" from its `after`-th question on, as the REPL's Ctrl-C flag would.
    final class Interrupter: @unchecked Sendable {
        let after: Int
        var asked = 0

        init(after: Int) { self.after = after }

        func ask() -> Bool {
            asked += 1
            return asked >= after
        }
    }

    @Test func ctrlCInterruptsAMillionRunRepeatAndRollsItBack() {
        let interrupter = Interrupter(after: 1_000)
        var options = SessionOptions()
        options.interruption = { interrupter.ask() }
        let buffer = RecordBuffer()
        let session = Session(options: options, reader: MemoryReader(files: [:]), sink: buffer)
        let before = session.world.snapshot()
        let evaluation = session.evaluate(
            SourceFile(path: "<repl>", text: "{ creator @z; repeat 1000000 { advance 1m } }"))
        #expect(evaluation.errors.first?.message == "interrupted")
        #expect(interrupter.asked == 1_000)
        #expect(session.world.snapshot() == before)
        #expect(session.statistics.statements < 2_000)
    }

    @Test func anInterruptionIsNotTheErrorAnExpectErrorWanted() {
        let interrupter = Interrupter(after: 50)
        var options = SessionOptions()
        options.interruption = { interrupter.ask() }
        let session = Session(options: options, reader: MemoryReader(files: [:]), sink: RecordBuffer())
        session.evaluate(SourceFile(path: "<repl>", text: "creator @x"))
        let evaluation = session.evaluate(
            SourceFile(path: "<repl>", text: "repeat 1000000 { expect error { creator @x } }"))
        #expect(evaluation.errors.first?.message == "interrupted")
        #expect(interrupter.asked < 200)
        // The next input starts afresh.
        let next = session.evaluate(SourceFile(path: "<repl>", text: "now"))
        #expect(next.errors.isEmpty || interrupter.asked >= 50)
    }
}
