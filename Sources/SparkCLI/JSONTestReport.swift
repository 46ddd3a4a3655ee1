import SparkModel
import SparkSyntax

/// `spark test --format json`: one JSON object per line. Per file, its checks (`"type":"check"`,
/// with `status` passed, failed or skipped), its errors (`"type":"diagnostic"`, as `spark run
/// --format json` prints them) and then the file (`"type":"file"`); at the end a `summary`, and
/// with `--coverage` a `coverage` object. Times are in seconds, `time`.
struct JSONTestReport {
    let results: [ScenarioResult]
    let notRun: Int
    let coverage: RuleCoverage?

    var lines: [String] {
        var lines: [String] = []
        for result in results {
            let cases = ScenarioCase.cases(of: result)
            for testCase in cases { lines.append(line(for: testCase)) }
            var file = JSONObject(type: "file")
            file.add("file", result.path)
            file.add("passed", result.passed)
            file.add("outcome", Self.outcome(result, cases))
            file.add("checks", cases.filter { $0.source != nil && !$0.isSkipped }.count)
            file.add("failed", cases.filter(\.isFailure).count)
            file.add("skipped", cases.filter(\.isSkipped).count)
            lines.append(file.text.dropLast() + ",\"time\":\(JUnitDocument.seconds(result.seconds))}")
        }
        lines.append(summary)
        if let coverage { lines.append(RuleCoverageReport(coverage: coverage).json) }
        return lines
    }

    private func line(for testCase: ScenarioCase) -> String {
        if case .error(let error, _) = testCase.status { return JSONObject.diagnostic(error).text }
        var check = JSONObject(type: "check")
        check.add("file", testCase.file ?? "")
        check.add("line", testCase.line ?? 0)
        check.add("column", testCase.column ?? 0)
        check.add("source", testCase.source ?? "")
        switch testCase.status {
        case .passed: check.add("status", "passed")
        case .failed(let failure):
            check.add("status", "failed")
            check.add("message", failure.message)
        case .skipped(let reason):
            check.add("status", "skipped")
            check.add("reason", reason)
        case .error: break
        }
        return check.text.dropLast() + ",\"time\":\(JUnitDocument.seconds(testCase.seconds))}"
    }

    private var summary: String {
        let cases = results.flatMap(ScenarioCase.cases(of:))
        var object = JSONObject(type: "summary")
        object.add("files", results.count)
        object.add("passed", results.filter(\.passed).count)
        object.add("failed", results.filter { !$0.passed }.count)
        object.add("notRun", notRun)
        object.add("checks", cases.filter { $0.source != nil && !$0.isSkipped }.count)
        object.add("checksFailed", cases.filter(\.isFailure).count)
        object.add("checksSkipped", cases.filter(\.isSkipped).count)
        object.add("errors", cases.filter(\.isError).count)
        return object.text.dropLast()
            + ",\"time\":\(JUnitDocument.seconds(results.reduce(0) { $0 + $1.seconds }))}"
    }

    /// passed, failed (a check failed), syntax error, runtime error, unreadable.
    static func outcome(_ result: ScenarioResult, _ cases: [ScenarioCase]) -> String {
        if result.passed { return "passed" }
        for testCase in cases {
            if case .error(_, let kind) = testCase.status {
                return kind == .io ? "unreadable" : "\(kind.rawValue) error"
            }
        }
        return "failed"
    }
}
