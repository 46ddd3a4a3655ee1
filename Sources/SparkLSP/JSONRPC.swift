import FoundationEssentials

/// A request's id: JSON-RPC allows a number or a string (and `null` in an error about a message
/// whose id could not be read).
public enum RequestID: Codable, Equatable, Sendable {
    case number(Int)
    case string(String)

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            self = .number(number)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let number): try container.encode(number)
        case .string(let string): try container.encode(string)
        }
    }
}

/// A JSON-RPC error object, with the codes of JSON-RPC 2.0 and the Language Server Protocol.
public struct ResponseError: Error, Codable, Equatable, Sendable {
    public var code: Int
    public var message: String

    public init(code: Int, message: String) {
        self.code = code
        self.message = message
    }

    public static func parseError(_ message: String) -> ResponseError {
        .init(code: -32700, message: message)
    }
    public static func invalidRequest(_ message: String) -> ResponseError {
        .init(code: -32600, message: message)
    }
    public static func methodNotFound(_ method: String) -> ResponseError {
        .init(code: -32601, message: "method not found: \(method)")
    }
    public static func invalidParams(_ message: String) -> ResponseError {
        .init(code: -32602, message: message)
    }
    public static let serverNotInitialized = ResponseError(
        code: -32002, message: "the server is not initialized: send `initialize` first")
}

/// What every incoming message has: `jsonrpc`, and `id` and `method` when they are there. The
/// params are decoded separately, by the handler that knows their type.
struct IncomingEnvelope: Decodable {
    var jsonrpc: String?
    var id: RequestID?
    var method: String?
}

/// Only the params of a message, as the type a handler expects.
struct ParamsEnvelope<Params: Decodable>: Decodable {
    var params: Params
}

/// The messages the server sends, encoded with `JSONEncoder`.
enum OutgoingMessage {
    static func response(id: RequestID?, result: some Encodable) -> Data {
        encode(Response(id: id, result: result, error: nil))
    }

    /// A response whose result is `null` (`shutdown`, a hover over nothing).
    static func nullResponse(id: RequestID?) -> Data {
        encode(Response<Int>(id: id, result: nil, error: nil))
    }

    static func error(id: RequestID?, _ error: ResponseError) -> Data {
        encode(Response<Int>(id: id, result: nil, error: error))
    }

    static func notification(method: String, params: some Encodable) -> Data {
        encode(Notification(method: method, params: params))
    }

    private static func encode(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        // Every value the server builds is plain data: encoding it cannot fail.
        return (try? encoder.encode(value)) ?? Data(#"{"jsonrpc":"2.0","id":null,"result":null}"#.utf8)
    }

    private struct Response<Result: Encodable>: Encodable {
        var id: RequestID?
        var result: Result?
        var error: ResponseError?

        enum CodingKeys: String, CodingKey { case jsonrpc, id, result, error }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("2.0", forKey: .jsonrpc)
            if let id { try container.encode(id, forKey: .id) } else { try container.encodeNil(forKey: .id) }
            if let error {
                try container.encode(error, forKey: .error)
            } else if let result {
                try container.encode(result, forKey: .result)
            } else {
                try container.encodeNil(forKey: .result)
            }
        }
    }

    private struct Notification<Params: Encodable>: Encodable {
        var jsonrpc = "2.0"
        var method: String
        var params: Params
    }
}
