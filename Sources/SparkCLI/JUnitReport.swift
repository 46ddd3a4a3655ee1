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
/// line and source text, with the time each took. Failed expectations are `<failure>`; a syntax
/// error is `<error type="syntax">` and a runtime error `<error type="runtime">`, each named by
/// its file:line; the expectations a runtime error kept from running are `<skipped>` with the
/// reason. The message and body carry the same text the terminal shows.
struct JUnitReport {
    let results: [ScenarioResult]

    var xml: String { JUnitDocument(results: results).text }

    /// Writes atomically: a temporary file beside the target, then rename.
    func write(to path: String) throws(Diagnostic) {
        let temporary = path + ".tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw Self.writeError(path, errno) }
        var text = xml
        let complete = text.withUTF8 { bytes -> Bool in
            guard let base = bytes.baseAddress else { return true }
            var offset = 0
            while offset < bytes.count {
                let written = systemWrite(descriptor, base + offset, bytes.count - offset)
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
        let failure = errno
        close(descriptor)
        guard complete, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw Self.writeError(path, complete ? errno : failure)
        }
    }

    private static func writeError(_ path: String, _ code: Int32) -> Diagnostic {
        Diagnostic(.error, "cannot write `\(path)`: \(String(cString: strerror(code)).lowercased())")
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
