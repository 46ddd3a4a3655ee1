import SparkModel
import SparkRuntime

/// Prints one JSON object per line for every record (the schema is in README, "JSON output"):
/// results and events carry their text and, beside it, their data as fields.
final class JSONReporter: RecordSink {
    private let output: OutputBuffer
    private let quiet: Bool

    init(output: OutputBuffer, quiet: Bool) {
        self.output = output
        self.quiet = quiet
    }

    var wantsResults: Bool { !quiet }

    func emit(_ record: Record) {
        switch record {
        case .result(let result, let location):
            guard !quiet else { return }
            var object = JSONObject(type: "result")
            object.add(location)
            object.add("text", ResultText.text(for: result))
            object.add(result)
            output.writeLine(object.text)
        case .event(let event):
            guard !quiet else { return }
            var object = JSONObject(type: "event")
            object.add("time", event.at.description)
            object.add("text", event.description)
            object.add(event)
            output.writeLine(object.text)
        case .warning(let diagnostic), .error(let diagnostic):
            output.writeLine(JSONObject.diagnostic(diagnostic).text)
        case .check(let check):
            var object = JSONObject(type: "check")
            object.add(check.location)
            object.add("source", check.location.text)
            object.add("passed", check.passed)
            if let failure = check.failure { object.add("message", failure.message) }
            output.writeLine(object.text)
        }
    }
}
