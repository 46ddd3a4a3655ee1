import SparkSyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A JUnit XML report: one `<testsuite>` per file, one `<testcase>` per expectation, named by its
/// line and source text, with the time each took. Failed expectations are `<failure>`; a syntax
/// error is `<error type="syntax">` and a runtime error `<error type="runtime">`, each named by
/// its file:line; the expectations a runtime error kept from running are `<skipped>` with the
/// reason. The message and body carry the same text the terminal shows.
struct JUnitReport {
    let results: [ScenarioResult]

    var xml: String { JUnitDocument(results: results).text }

    /// Writes atomically through `AtomicFile`: a fresh temporary file beside the target, created
    /// exclusively, then `rename`. A target that is a directory, FIFO, device or link is refused.
    func write(to path: String) throws(Diagnostic) {
        do { try AtomicFile.write(xml, to: path, mode: 0o644) } catch {
            throw Diagnostic(.error, "cannot write `\(path)`: \(error.reason)")
        }
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
