import Foundation
import Testing

@testable import SparkLSP

/// initialize, shutdown, exit, and what a malformed message gets.
@Suite struct LifecycleTests {
    @Test func initializeAnswersWithTheCapabilities() throws {
        let client = LSPClient()
        let reply = try client.request("initialize", ["capabilities": [:]])
        let result = try #require(reply["result"] as? [String: Any])
        let capabilities = try #require(result["capabilities"] as? [String: Any])
        #expect(capabilities["textDocumentSync"] as? Int == 1)
        #expect(capabilities["hoverProvider"] as? Bool == true)
        #expect(capabilities["definitionProvider"] as? Bool == true)
        #expect(capabilities["documentSymbolProvider"] as? Bool == true)
        #expect(capabilities["documentFormattingProvider"] as? Bool == true)
        #expect(capabilities["completionProvider"] is [String: Any])
    }

    @Test func aRequestBeforeInitializeIsRefused() throws {
        let reply = try LSPClient().request("textDocument/hover", [:])
        let error = try #require(reply["error"] as? [String: Any])
        #expect(error["code"] as? Int == -32002)
    }

    @Test func shutdownAnswersNullThenExitEndsWithStatusZero() throws {
        let client = try LSPClient.initialized()
        let reply = try client.request("shutdown")
        #expect(reply["result"] is NSNull)
        #expect(reply["error"] == nil)
        #expect(try client.request("textDocument/hover", client.at(0, 0))["error"] != nil)
        #expect(try client.notify("exit").isEmpty)
        #expect(client.server.state == .exited(status: 0))
    }

    @Test func exitWithoutShutdownEndsWithStatusOne() throws {
        let client = try LSPClient.initialized()
        _ = try client.notify("exit")
        #expect(client.server.state == .exited(status: 1))
    }

    @Test(arguments: [
        ("{not json", -32700),
        ("[1, 2]", -32600),
        ("{\"jsonrpc\": \"2.0\", \"id\": 7}", -32600),
        ("{\"jsonrpc\": \"1.0\", \"id\": 7, \"method\": \"initialize\"}", -32600),
        ("{\"jsonrpc\": \"2.0\", \"id\": 7, \"method\": \"no/such\"}", -32601),
        (
            "{\"jsonrpc\": \"2.0\", \"id\": 7, \"method\": \"textDocument/hover\", \"params\": {\"x\": 1}}",
            -32602
        ),
        (
            "{\"jsonrpc\": \"2.0\", \"id\": 7, \"method\": \"textDocument/hover\", \"params\": {\"textDocument\": {\"uri\": \"file:///nope\"}, \"position\": {\"line\": 0, \"character\": 0}}}",
            -32602
        ),
        ("", -32700),
    ])
    func aMalformedMessageGetsAJSONRPCError(message: String, code: Int) throws {
        let client = try LSPClient.initialized()
        let replies = try client.server.handle(Array(message.utf8)).map(LSPClient.decode)
        #expect(replies.count == 1)
        let error = try #require(replies.first?["error"] as? [String: Any])
        #expect(error["code"] as? Int == code)
        // The server goes on answering.
        #expect(try client.request("textDocument/documentSymbol", client.document)["error"] != nil)
        _ = try client.open("now")
        #expect(try client.request("textDocument/documentSymbol", client.document)["result"] is [Any])
    }

    @Test func anUnknownNotificationIsIgnored() throws {
        let client = try LSPClient.initialized()
        #expect(try client.notify("$/cancelRequest", ["id": 3]).isEmpty)
        #expect(try client.notify("workspace/didChangeConfiguration", ["settings": [:]]).isEmpty)
    }

    @Test func stringIDsAreEchoed() throws {
        let client = LSPClient()
        let data = try JSONSerialization.data(withJSONObject: [
            "jsonrpc": "2.0", "id": "abc", "method": "initialize", "params": ["capabilities": [:]],
        ])
        let reply = try #require(try client.server.handle(Array(data)).map(LSPClient.decode).first)
        #expect(reply["id"] as? String == "abc")
    }
}
