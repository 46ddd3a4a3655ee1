import SparkRuntime

/// Prints `spark test` results: a line per file, each failure's diagnostic, then `N passed, N failed`.
struct TestSummaryPrinter {
    let printer: DiagnosticPrinter
    let colors: Bool

    func print(_ results: [ScenarioResult]) {
        let output = OutputBuffer(descriptor: 1)
        for result in results {
            let count = result.checks.count
            let checks = count == 1 ? "1 check" : "\(count) checks"
            if result.passed {
                output.writeLine("\(paint("✓", green: true)) \(result.path) (\(checks))")
            } else {
                let failedChecks = result.checks.filter { !$0.passed }.count
                let detail =
                    result.outcome == .invalid
                    ? "syntax error"
                    : failedChecks > 0 ? "\(failedChecks) of \(checks) failed" : "runtime error"
                output.writeLine("\(paint("✗", green: false)) \(result.path) (\(detail))")
                output.flush()
                for check in result.checks { if let failure = check.failure { printer.print(failure) } }
                for error in result.errors { printer.print(error) }
            }
        }
        let failed = results.filter { !$0.passed }.count
        output.writeLine("\(results.count - failed) passed, \(failed) failed")
        output.flush()
    }

    private func paint(_ mark: String, green: Bool) -> String {
        guard colors else { return mark }
        return (green ? "\u{1B}[32m" : "\u{1B}[31m") + mark + "\u{1B}[0m"
    }
}
