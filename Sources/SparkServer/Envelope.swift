/// TikTok's response envelope, `{"code": 0, "message": "OK", "request_id": "...", "data": {...}}`:
/// the one place answers are rendered, success and failure alike.
public enum Envelope {
    /// Code 0 with the data written by `data` (an empty object when it writes nothing).
    public static func success(requestID: String, data: ((inout JSONWriter) -> Void)? = nil) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("code", 0)
        writer.field("message", "OK")
        writer.field("request_id", requestID)
        writer.key("data")
        if let data { data(&writer) } else { writer.emptyObject() }
        writer.endObject()
        return writer.bytes
    }

    /// A refusal: its code and message, and `data: {}` as TikTok's error examples show.
    public static func failure(_ error: APIError, requestID: String) -> [UInt8] {
        var writer = JSONWriter(capacity: 160)
        writer.beginObject()
        writer.field("code", Int64(error.code))
        writer.field("message", error.message)
        writer.field("request_id", requestID)
        writer.key("data")
        writer.emptyObject()
        writer.endObject()
        return writer.bytes
    }
}
