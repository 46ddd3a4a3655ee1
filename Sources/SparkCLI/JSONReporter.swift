import SparkInteractive
import SparkModel
import SparkRuntime
import SparkSyntax

/// Prints one JSON object per line for every record (the schema is in README, "JSON output").
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
        case .result(let text, let location):
            guard !quiet else { return }
            var object = JSONObject(type: "result")
            object.add(location)
            object.add("text", text)
            output.writeLine(object.text)
        case .learning(let request, let location):
            guard !quiet else { return }
            var object = JSONObject(type: "result")
            object.add(location)
            object.add("text", LearningText.text(for: request))
            output.writeLine(object.text)
        case .event(let text, let time):
            guard !quiet else { return }
            var object = JSONObject(type: "event")
            object.add("time", time)
            object.add("text", text)
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

/// A flat JSON object written field by field, keys in insertion order (stable output).
struct JSONObject {
    private var body: String

    init(type: String) {
        body = "{\"type\":" + JSONObject.quote(type)
    }

    /// The object as one line of JSON.
    var text: String { body + "}" }

    static func diagnostic(_ diagnostic: Diagnostic) -> JSONObject {
        var object = JSONObject(type: "diagnostic")
        object.add("severity", diagnostic.severity.rawValue)
        if let file = diagnostic.file {
            object.add("file", file.path)
            if let range = diagnostic.range {
                let position = file.location(of: range)
                object.add("line", position.line)
                object.add("column", position.column)
            }
        }
        object.add("message", diagnostic.message)
        if let number = diagnostic.number { object.add("number", number) }
        object.add("notes", diagnostic.notes)
        if let help = diagnostic.help { object.add("help", help) }
        return object
    }

    mutating func add(_ location: SourceLocation) {
        let position = location.file.location(of: location.range)
        add("file", location.file.path)
        add("line", position.line)
        add("column", position.column)
    }

    mutating func add(_ key: String, _ value: String) { append(key, JSONObject.quote(value)) }
    mutating func add(_ key: String, _ value: Int) { append(key, String(value)) }
    mutating func add(_ key: String, _ value: Bool) { append(key, value ? "true" : "false") }
    mutating func add(_ key: String, _ values: [String]) {
        append(key, "[" + values.map(JSONObject.quote).joined(separator: ",") + "]")
    }

    private mutating func append(_ key: String, _ encoded: String) {
        body += ",\(JSONObject.quote(key)):\(encoded)"
    }

    static func quote(_ string: String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
