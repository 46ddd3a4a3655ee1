import SparkSyntax

/// The XML of a JUnit report (see `JUnitReport`), in the shape CI servers read: the Jenkins
/// xUnit plugin's JUnit schema, which `Tests/SparkCLITests/Fixtures/junit.xsd` restates.
struct JUnitDocument {
    let results: [ScenarioResult]

    var text: String {
        let renderer = DiagnosticRenderer(colors: false)
        let suites = results.map { ($0, ScenarioCase.cases(of: $0)) }
        let all = suites.flatMap(\.1)
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        // `<testsuites>` takes no `skipped` in the schema CI servers use: only the suites count them.
        xml +=
            "<testsuites name=\"spark\" tests=\"\(all.count)\" failures=\"\(all.filter(\.isFailure).count)\""
        xml += " errors=\"\(all.filter(\.isError).count)\""
        xml += " time=\"\(Self.seconds(results.reduce(0) { $0 + $1.seconds }))\">\n"
        for (result, cases) in suites { xml += suite(result, cases, renderer: renderer) }
        return xml + "</testsuites>\n"
    }

    private func counts(_ cases: [ScenarioCase]) -> String {
        " tests=\"\(cases.count)\" failures=\"\(cases.filter(\.isFailure).count)\""
            + " errors=\"\(cases.filter(\.isError).count)\" skipped=\"\(cases.filter(\.isSkipped).count)\""
    }

    private func suite(_ result: ScenarioResult, _ cases: [ScenarioCase], renderer: DiagnosticRenderer)
        -> String
    {
        let name = JUnitReport.escape(result.path)
        var xml = "  <testsuite name=\"\(name)\"" + counts(cases)
        xml += " time=\"\(Self.seconds(result.seconds))\">\n"
        for testCase in cases {
            xml += "    <testcase name=\"\(JUnitReport.escape(testCase.name))\" classname=\"\(name)\""
            xml += " time=\"\(Self.seconds(testCase.seconds))\""
            switch testCase.status {
            case .passed:
                xml += "/>\n"
                continue
            case .failed(let failure):
                xml += ">\n      <failure message=\"\(JUnitReport.escape(failure.message))\" type=\"expect\">"
                xml += JUnitReport.escape(renderer.render(failure)) + "</failure>\n"
            case .skipped(let reason):
                xml += ">\n      <skipped message=\"\(JUnitReport.escape(reason))\"/>\n"
            case .error(let error, let kind):
                xml +=
                    ">\n      <error message=\"\(JUnitReport.escape(error.message))\" type=\"\(kind.rawValue)\">"
                xml += JUnitReport.escape(renderer.render(error)) + "</error>\n"
            }
            xml += "    </testcase>\n"
        }
        return xml + "  </testsuite>\n"
    }

    /// Seconds with six decimals (`0.000412`): a check takes microseconds, which three decimals
    /// would all show as 0.000.
    static func seconds(_ value: Double) -> String {
        let micro = Int((max(0, value) * 1_000_000).rounded())
        let fraction = String(micro % 1_000_000)
        return "\(micro / 1_000_000)." + String(repeating: "0", count: 6 - fraction.count) + fraction
    }
}
