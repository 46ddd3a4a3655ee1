import SparkRuntime
import SparkSyntax

/// `spark test --filter PATTERN`: runs the scenarios whose path contains the pattern, and those
/// with an `expect` whose source text contains it; for the latter only those checks are reported
/// (the whole file still runs: each statement depends on the ones before it).
struct TestFilter: Sendable {
    let pattern: String

    func matches(path: String) -> Bool { path.contains(pattern) }

    /// Whether the file may hold a matching check: a byte search before anything is parsed.
    func mayMatch(path: String, source: SourceFile) -> Bool {
        if matches(path: path) { return true }
        let needle = Array(pattern.utf8)
        guard let first = needle.first else { return true }
        let bytes = source.bytes
        guard bytes.count >= needle.count else { return false }
        var index = 0
        while index <= bytes.count - needle.count {
            if bytes[index] == first && bytes[index..<index + needle.count].elementsEqual(needle) {
                return true
            }
            index += 1
        }
        return false
    }

    /// The result with only the matching checks, or nil when nothing in it matches. A file whose
    /// path matches keeps everything; one that did not parse is kept, as nothing can be said of it.
    func narrow(_ result: ScenarioResult) -> ScenarioResult? {
        if matches(path: result.path) || result.outcome == .invalid { return result }
        var narrowed = result
        var checkIndex = 0
        narrowed.records = []
        narrowed.checkSeconds = []
        for record in result.records {
            guard case .check(let check) = record else {
                narrowed.records.append(record)
                continue
            }
            if check.location.text.contains(pattern) {
                narrowed.records.append(record)
                if checkIndex < result.checkSeconds.count {
                    narrowed.checkSeconds.append(result.checkSeconds[checkIndex])
                }
            }
            checkIndex += 1
        }
        narrowed.skipped = result.skipped.filter { $0.location.text.contains(pattern) }
        guard !narrowed.checks.isEmpty || !narrowed.skipped.isEmpty else { return nil }
        // The checks left out do not decide the file: it passes when no error stopped it and the
        // checks kept held.
        if result.outcome == .failed && result.errors.isEmpty && narrowed.checks.allSatisfy(\.passed) {
            narrowed.outcome = .succeeded
        }
        return narrowed
    }
}
