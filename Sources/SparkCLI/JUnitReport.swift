import SparkInteractive
import SparkModel
import SparkRuntime
import SparkSyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A JUnit XML report: one `<testsuite>` per file, one `<testcase>` per expectation, named by its
/// line and source text. Failed expectations are `<failure>`, runtime errors `<error>`; the message
/// and body carry the same text the terminal shows.
struct JUnitReport {
    let results: [ScenarioResult]

    var xml: String {
        let renderer = DiagnosticRenderer(colors: false)
        let tests = results.reduce(0) { $0 + $1.checks.count + $1.errors.count }
        let failures = results.reduce(0) { $0 + $1.checks.filter { !$0.passed }.count }
        let errors = results.reduce(0) { $0 + $1.errors.count }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml +=
            "<testsuites name=\"spark\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
        for result in results { xml += suite(result, renderer: renderer) }
        return xml + "</testsuites>\n"
    }

    private func suite(_ result: ScenarioResult, renderer: DiagnosticRenderer) -> String {
        let checks = result.checks
        let failures = checks.filter { !$0.passed }.count
        let name = Self.escape(result.path)
        var xml = "  <testsuite name=\"\(name)\" tests=\"\(checks.count + result.errors.count)\""
        xml += " failures=\"\(failures)\" errors=\"\(result.errors.count)\""
        xml += " time=\"\(Self.seconds(result.seconds))\">\n"
        for check in checks {
            let line = check.location.file.location(of: check.location.range).line
            let caseName = Self.escape("line \(line): \(check.location.text)")
            xml += "    <testcase name=\"\(caseName)\" classname=\"\(name)\""
            if let failure = check.failure {
                xml += ">\n      <failure message=\"\(Self.escape(failure.message))\" type=\"expect\">"
                xml += Self.escape(renderer.render(failure)) + "</failure>\n    </testcase>\n"
            } else {
                xml += "/>\n"
            }
        }
        for error in result.errors {
            let line = error.file.flatMap { file in error.range.map { file.location(of: $0).line } }
            let caseName = Self.escape(line.map { "line \($0): runtime error" } ?? "runtime error")
            xml += "    <testcase name=\"\(caseName)\" classname=\"\(name)\">\n"
            xml += "      <error message=\"\(Self.escape(error.message))\" type=\"runtime\">"
            xml += Self.escape(renderer.render(error)) + "</error>\n    </testcase>\n"
        }
        return xml + "  </testsuite>\n"
    }

    /// Writes atomically through `AtomicFile`: a fresh temporary file beside the target, created
    /// exclusively, then `rename`. A target that is a directory, FIFO, device or link is refused.
    func write(to path: String) throws(Diagnostic) {
        do { try AtomicFile.write(xml, to: path, mode: 0o644) } catch {
            throw Diagnostic(.error, "cannot write `\(path)`: \(error.reason)")
        }
    }

    private static func seconds(_ value: Double) -> String {
        let milliseconds = Int((value * 1000).rounded())
        let fraction = String(milliseconds % 1000)
        return "\(milliseconds / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\u{1B}": continue
            case _ where scalar.value < 0x20 && scalar != "\n" && scalar != "\t": continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
