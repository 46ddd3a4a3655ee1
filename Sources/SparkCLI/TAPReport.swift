import SparkSyntax

/// `spark test --format tap`: TAP version 14. One test point per file; a file's checks are a
/// subtest (four spaces in, after `# Subtest:`), a failed check or an error carries a YAML block
/// with the diagnostic, and a check a runtime error kept from running is `# SKIP` with the reason.
/// No times: the same suite gives the same bytes.
struct TAPReport {
    let results: [ScenarioResult]
    /// Files that never started (`--fail-fast`): the run ends with `Bail out!`.
    let notRun: Int

    var text: String {
        let renderer = DiagnosticRenderer(colors: false)
        var lines = ["TAP version 14", "1..\(results.count)"]
        for (index, result) in results.enumerated() {
            let cases = ScenarioCase.cases(of: result)
            let checks = cases.filter { !$0.isError }
            if !checks.isEmpty {
                lines.append("# Subtest: \(Self.description(result.path))")
                lines.append("    1..\(checks.count)")
                for (number, check) in checks.enumerated() {
                    lines += point(check, number: number + 1, indent: "    ", renderer: renderer)
                }
            }
            let status = result.passed ? "ok" : "not ok"
            lines.append("\(status) \(index + 1) - \(Self.description(result.path))")
            let errors = cases.compactMap { testCase -> (Diagnostic, ScenarioCase.ErrorKind)? in
                if case .error(let error, let kind) = testCase.status { (error, kind) } else { nil }
            }
            if let (error, kind) = errors.first {
                lines += yaml(
                    error, severity: "\(kind.rawValue) error", renderer: renderer, indent: "  ",
                    more: errors.dropFirst().map { renderer.render($0.0) })
            }
        }
        if notRun > 0 {
            lines.append("Bail out! --fail-fast: stopped at the first failure, \(notRun) not run")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func point(_ check: ScenarioCase, number: Int, indent: String, renderer: DiagnosticRenderer)
        -> [String]
    {
        let description = Self.description(check.name)
        switch check.status {
        case .passed:
            return ["\(indent)ok \(number) - \(description)"]
        case .skipped(let reason):
            return ["\(indent)ok \(number) - \(description) # SKIP \(reason)"]
        case .failed(let failure):
            return ["\(indent)not ok \(number) - \(description)"]
                + yaml(failure, severity: "fail", renderer: renderer, indent: indent + "  ", more: [])
        case .error:
            return []
        }
    }

    /// The YAML diagnostic block of a failed point: message, where, and the rendered diagnostic.
    private func yaml(
        _ diagnostic: Diagnostic, severity: String, renderer: DiagnosticRenderer, indent: String,
        more: [String]
    ) -> [String] {
        var lines = ["---", "message: \(JSONObject.quote(diagnostic.message))", "severity: \(severity)"]
        if let file = diagnostic.file {
            lines += ["at:", "  file: \(JSONObject.quote(file.path))"]
            if let range = diagnostic.range {
                let position = file.location(of: range)
                lines += ["  line: \(position.line)", "  column: \(position.column)"]
            }
        }
        lines.append("diagnostic: |")
        for rendered in [renderer.render(diagnostic)] + more {
            for line in rendered.split(separator: "\n") { lines.append("  " + line) }
        }
        lines.append("...")
        return lines.map { indent + $0 }
    }

    /// A description on one line, with `#` and `\` escaped as TAP 14 asks.
    static func description(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "#": result += "\\#"
            case "\n", "\r": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}
