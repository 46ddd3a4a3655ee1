import Dispatch
import SparkRuntime

/// Runs scenario files on at most `jobs` threads and gives the results back in path order.
///
/// Each worker takes the next file not yet started. With `failFast`, no file starts after one has
/// failed; the files already running finish and are reported.
struct TestRunner {
    var jobs: Int
    var failFast: Bool
    var filter: TestFilter?
    var options: SessionOptions

    struct Outcome {
        /// The files that ran (and that the filter kept), in the order of the scripts.
        var results: [ScenarioResult]
        /// How many files never started because of `failFast`.
        var notRun: Int
    }

    func run(_ scripts: [String]) -> Outcome {
        let queue = WorkQueue(count: scripts.count, failFast: failFast)
        let workers = max(1, min(jobs, scripts.count))
        // Threads with stack enough for the deepest script spark accepts (`WideStackThreads`).
        WideStackThreads.forEach(workers) { [options, filter] _ in
            while let index = queue.next() {
                let result = ScenarioResult.run(path: scripts[index], options: options, filter: filter)
                queue.finish(index, with: result)
            }
        }
        return Outcome(results: queue.results, notRun: queue.notStarted)
    }
}

/// The shared state of the workers: the next file to start, the results by index, and whether a
/// failure stops the run. A lock guards it; each result slot is written once.
private final class WorkQueue: @unchecked Sendable {
    private var slots: [ScenarioResult?]
    private var started: [Bool]
    private var nextIndex = 0
    private var stopped = false
    private let failFast: Bool
    private let lock = DispatchSemaphore(value: 1)

    init(count: Int, failFast: Bool) {
        slots = Array(repeating: nil, count: count)
        started = Array(repeating: false, count: count)
        self.failFast = failFast
    }

    func next() -> Int? {
        lock.wait()
        defer { lock.signal() }
        guard !stopped, nextIndex < slots.count else { return nil }
        started[nextIndex] = true
        nextIndex += 1
        return nextIndex - 1
    }

    func finish(_ index: Int, with result: ScenarioResult?) {
        lock.wait()
        defer { lock.signal() }
        slots[index] = result
        if failFast, let result, !result.passed { stopped = true }
    }

    var results: [ScenarioResult] { slots.compactMap { $0 } }
    var notStarted: Int { started.filter { !$0 }.count }
}
