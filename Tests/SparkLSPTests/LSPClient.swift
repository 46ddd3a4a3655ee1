import Foundation
import Testing

@testable import SparkLSP

/// Drives a `LanguageServer` in-process: builds requests as JSON, reads replies back as
/// dictionaries.
final class LSPClient {
    let server = LanguageServer()
    private var nextID = 1
    let uri = "file:///work/project/scenario.spark"

    /// Sends one message and returns every reply, decoded.
    func send(_ message: [String: Any]) throws -> [[String: Any]] {
        var message = message
        message["jsonrpc"] = "2.0"
        let data = try JSONSerialization.data(withJSONObject: message)
        return try server.handle(Array(data)).map(Self.decode)
    }

    static func decode(_ data: Data) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// A request and its one response.
    func request(_ method: String, _ params: [String: Any] = [:]) throws -> [String: Any] {
        let id = nextID
        nextID += 1
        let replies = try send(["id": id, "method": method, "params": params])
        #expect(replies.count == 1)
        let reply = try #require(replies.first)
        #expect(reply["id"] as? Int == id)
        return reply
    }

    func notify(_ method: String, _ params: [String: Any] = [:]) throws -> [[String: Any]] {
        try send(["method": method, "params": params])
    }

    /// `initialize` then `initialized`.
    @discardableResult
    static func initialized() throws -> LSPClient {
        let client = LSPClient()
        _ = try client.request(
            "initialize", ["processId": NSNull(), "rootUri": NSNull(), "capabilities": [:]])
        _ = try client.notify("initialized")
        return client
    }

    /// Opens the document and returns its diagnostics.
    func open(_ text: String) throws -> [[String: Any]] {
        let replies = try notify(
            "textDocument/didOpen",
            ["textDocument": ["uri": uri, "languageId": "spark", "version": 1, "text": text]])
        return try Self.diagnostics(in: replies)
    }

    func change(_ text: String, version: Int = 2) throws -> [[String: Any]] {
        let replies = try notify(
            "textDocument/didChange",
            ["textDocument": ["uri": uri, "version": version], "contentChanges": [["text": text]]])
        return try Self.diagnostics(in: replies)
    }

    static func diagnostics(in replies: [[String: Any]]) throws -> [[String: Any]] {
        let reply = try #require(replies.first)
        #expect(reply["method"] as? String == "textDocument/publishDiagnostics")
        let params = try #require(reply["params"] as? [String: Any])
        return try #require(params["diagnostics"] as? [[String: Any]])
    }

    func at(_ line: Int, _ character: Int) -> [String: Any] {
        ["textDocument": ["uri": uri], "position": ["line": line, "character": character]]
    }

    var document: [String: Any] { ["textDocument": ["uri": uri]] }
}

/// `range.start` of a protocol object as (line, character).
func start(of object: [String: Any]) -> (Int, Int)? {
    guard let range = object["range"] as? [String: Any], let start = range["start"] as? [String: Any],
        let line = start["line"] as? Int, let character = start["character"] as? Int
    else { return nil }
    return (line, character)
}

func end(of object: [String: Any]) -> (Int, Int)? {
    guard let range = object["range"] as? [String: Any], let end = range["end"] as? [String: Any],
        let line = end["line"] as? Int, let character = end["character"] as? Int
    else { return nil }
    return (line, character)
}
