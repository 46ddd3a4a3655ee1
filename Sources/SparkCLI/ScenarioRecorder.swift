import SparkRuntime

/// Keeps a scenario's records, and when each check was made: a check's time in a report is the
/// time since the previous check (or the start of the file), the work that led up to it.
final class ScenarioRecorder: RecordSink {
    private(set) var records: [Record] = []
    /// Seconds taken by each check, in the order of the check records.
    private(set) var checkSeconds: [Double] = []
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant

    init() { last = clock.now }

    /// Only checks and diagnostics are reported: results are never built.
    var wantsResults: Bool { false }

    func emit(_ record: Record) {
        if case .check = record {
            let now = clock.now
            checkSeconds.append(Self.seconds(now - last))
            last = now
        }
        records.append(record)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
