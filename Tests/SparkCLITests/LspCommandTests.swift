import Foundation
import Testing

/// `spark lsp` over real standard input and output: framed replies, and nothing else on stdout.
@Suite struct LspCommandTests {
    static func framed(_ json: String) -> Data {
        Data("Content-Length: \(json.utf8.count)\r\n\r\n\(json)".utf8)
    }

    @Test func aSessionWritesOnlyFramedProtocolAndExitsZero() throws {
        var input = Data()
        input += Self.framed(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#)
        input += Self.framed(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#)
        input += Self.framed(
            #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///t.spark","languageId":"spark","version":1,"text":"autorize video 1\n"}}}"#
        )
        input += Data("Content-Length: nope\r\n\r\n".utf8)
        input += Self.framed("{broken")
        input += Self.framed(#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#)
        input += Self.framed(#"{"jsonrpc":"2.0","method":"exit"}"#)
        let result = try SparkBinary.run(["lsp"], input: input)
        #expect(result.status == 0, "\(result.stderr)")
        // Split the output into frames: every byte must belong to one.
        var rest = Substring(result.stdout)
        var messages: [[String: Any]] = []
        while !rest.isEmpty {
            let header = try #require(rest.range(of: "\r\n\r\n"))
            let length = try #require(Int(rest[..<header.lowerBound].dropFirst("Content-Length: ".count)))
            let body = rest[header.upperBound...].utf8.prefix(length)
            messages.append(try #require(JSONSerialization.jsonObject(with: Data(body)) as? [String: Any]))
            rest = Substring(
                String(decoding: rest[header.upperBound...].utf8.dropFirst(length), as: UTF8.self))
        }
        #expect(messages.count == 5)
        #expect(messages.map { $0["method"] as? String }.contains("textDocument/publishDiagnostics"))
        let errors = messages.compactMap { ($0["error"] as? [String: Any])?["code"] as? Int }
        #expect(errors == [-32700, -32700])
    }

    @Test func endOfInputBeforeAnyMessageEndsWithStatusZero() throws {
        let result = try SparkBinary.run(["lsp"], input: Data())
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
    }

    @Test func endOfInputInTheMiddleOfASessionEndsWithStatusOne() throws {
        let input = Self.framed(
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#)
        let result = try SparkBinary.run(["lsp"], input: input)
        #expect(result.status == 1)
    }
}
