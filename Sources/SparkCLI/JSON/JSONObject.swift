import SparkRuntime
import SparkSyntax

/// A JSON object written field by field, keys in insertion order (stable output). Objects and
/// arrays of objects nest.
struct JSONObject {
    private var body = "{"
    private var isEmpty = true

    init() {}

    init(type: String) {
        add("type", type)
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
    /// A string, or `null`.
    mutating func add(_ key: String, _ value: String?) { append(key, value.map(JSONObject.quote) ?? "null") }
    mutating func add(_ key: String, _ value: Int) { append(key, String(value)) }
    mutating func add(_ key: String, _ value: Int64) { append(key, String(value)) }
    mutating func add(_ key: String, _ value: UInt64) { append(key, String(value)) }
    /// A number, or `null`.
    mutating func add(_ key: String, _ value: UInt64?) { append(key, value.map { String($0) } ?? "null") }
    mutating func add(_ key: String, _ value: Bool) { append(key, value ? "true" : "false") }
    mutating func add(_ key: String, _ values: [String]) {
        append(key, "[" + values.map(JSONObject.quote).joined(separator: ",") + "]")
    }
    mutating func add(_ key: String, _ object: JSONObject) { append(key, object.text) }
    mutating func add(_ key: String, _ objects: [JSONObject]) {
        append(key, "[" + objects.map(\.text).joined(separator: ",") + "]")
    }

    private mutating func append(_ key: String, _ encoded: String) {
        if !isEmpty { body += "," }
        isEmpty = false
        body += "\(JSONObject.quote(key)):\(encoded)"
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
