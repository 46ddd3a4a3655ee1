import Foundation

/// The named fields of a request, from the query string (GET) or a JSON object body (POST), read
/// with the checks TikTok's parameters have. Every failure is a 40002 naming the field.
struct RequestFields {
    private let values: [String: Any]

    /// Query parameters; the first of a repeated name wins.
    init(query: [(name: String, value: String)]) {
        var values: [String: Any] = [:]
        for item in query where values[item.name] == nil { values[item.name] = item.value }
        self.values = values
    }

    /// A JSON object body.
    init(json bytes: [UInt8]) throws(APIError) {
        guard !bytes.isEmpty else { throw .badJSON("expected a JSON object, got an empty body") }
        let parsed: Any
        do { parsed = try JSONSerialization.jsonObject(with: Data(bytes)) } catch {
            throw .badJSON("not valid JSON")
        }
        guard let object = parsed as? [String: Any] else { throw .badJSON("expected a JSON object") }
        values = object
    }

    /// A required id: a numeric string (v1.3) or a JSON integer (v1.2 clients), up to 19 digits.
    func id(_ name: String) throws(APIError) -> UInt64 {
        guard let value = values[name], !(value is NSNull) else {
            throw .parameter(name, "Missing data for required field.")
        }
        let text: String
        if let string = value as? String {
            text = string
        } else if let number = value as? NSNumber, !Self.isBoolean(number) {
            text = number.stringValue
        } else {
            text = ""
        }
        guard !text.isEmpty, text.utf8.count <= 19, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
            let id = UInt64(text)
        else { throw .parameter(name, "must be a numeric string of at most 19 digits.") }
        return id
    }

    /// A required non-empty string.
    func string(_ name: String) throws(APIError) -> String {
        guard let value = values[name], !(value is NSNull) else {
            throw .parameter(name, "Missing data for required field.")
        }
        guard let text = value as? String else { throw .parameter(name, "must be a string.") }
        guard !text.isEmpty else { throw .parameter(name, "must not be empty.") }
        return text
    }

    /// An optional integer in `range`, or `fallback` when absent.
    func integer(_ name: String, in range: ClosedRange<Int>, default fallback: Int) throws(APIError) -> Int {
        guard let value = values[name] else { return fallback }
        guard let text = value as? String, let number = Int(text) else {
            throw .parameter(name, "must be an integer.")
        }
        guard range.contains(number) else {
            let upper = range.upperBound == Int.max ? "" : " and at most \(range.upperBound)"
            throw .parameter(name, "must be at least \(range.lowerBound)\(upper); got \(number).")
        }
        return number
    }

    /// An optional string of at most `limit` characters.
    func optionalString(_ name: String, limit: Int) throws(APIError) -> String? {
        guard let value = values[name] else { return nil }
        guard let text = value as? String else { throw .parameter(name, "must be a string.") }
        guard text.count <= limit else { throw .parameter(name, "must be at most \(limit) characters.") }
        return text
    }

    /// `item_types`, a JSON array in one query parameter (`["VIDEO","CAROUSEL"]`, the default).
    func itemTypes(_ name: String) throws(APIError) -> Set<String> {
        guard let value = values[name] else { return ["VIDEO", "CAROUSEL"] }
        guard let text = value as? String,
            let parsed = try? JSONSerialization.jsonObject(with: Data(text.utf8)),
            let types = parsed as? [String], !types.isEmpty
        else { throw .parameter(name, "must be a JSON array of VIDEO and CAROUSEL.") }
        guard types.allSatisfy({ $0 == "VIDEO" || $0 == "CAROUSEL" }) else {
            throw .parameter(name, "must be a JSON array of VIDEO and CAROUSEL.")
        }
        return Set(types)
    }

    /// JSON's `true` and `false` arrive as NSNumber too: they are not ids.
    private static func isBoolean(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c"
    }
}
