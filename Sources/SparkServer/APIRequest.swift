/// A request as the router sees it, free of the HTTP library: what the tests build directly.
public struct APIRequest: Sendable {
    public var method: String
    /// The path without its query, percent-encoded as sent.
    public var path: String
    /// Query parameters, decoded, in order.
    public var query: [(name: String, value: String)]
    /// The `Access-Token` header, if sent.
    public var accessToken: String?
    public var body: Body

    public enum Body: Sendable {
        case bytes([UInt8])
        /// More than `APIRouter.bodyLimit` bytes: refused before anything reads it.
        case tooLarge
    }

    public init(
        method: String, path: String, query: [(name: String, value: String)] = [], accessToken: String?,
        body: Body = .bytes([])
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.accessToken = accessToken
        self.body = body
    }

    /// The first value of a query parameter.
    public func parameter(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }
}

/// What the router answers: an HTTP status, a body and its type, and the envelope's code (for
/// the log line; nil for answers that are not an envelope).
public struct APIResponse: Sendable {
    public var status: Int
    public var contentType: String
    public var body: [UInt8]
    public var code: Int?

    public init(status: Int = 200, contentType: String = "application/json", body: [UInt8], code: Int?) {
        self.status = status
        self.contentType = contentType
        self.body = body
        self.code = code
    }
}
