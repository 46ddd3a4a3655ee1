import FoundationEssentials
import SparkSyntax

/// The language server's state and dispatch: one message in, the messages to send out. No I/O
/// here (`StandardStreams` does it), so every message type is tested by calling `handle`.
public final class LanguageServer {
    public enum State: Equatable, Sendable {
        case waitingForInitialize, running, shutDown
        /// After `exit`: the exit status the process should end with (0 after `shutdown`).
        case exited(status: Int32)
    }

    public private(set) var state = State.waitingForInitialize
    var documents: [String: Document] = [:]

    public init() {}

    /// Handles one message's content (the JSON between the framing) and returns the messages to
    /// send, each a JSON document. Never throws: a malformed message gets a JSON-RPC error.
    public func handle(_ content: [UInt8]) -> [Data] {
        let data = Data(content)
        let envelope: IncomingEnvelope
        do {
            envelope = try JSONDecoder().decode(IncomingEnvelope.self, from: data)
        } catch DecodingError.dataCorrupted {
            return [OutgoingMessage.error(id: nil, .parseError("the message is not valid JSON"))]
        } catch {
            return [OutgoingMessage.error(id: nil, .invalidRequest("the message is not a JSON-RPC request"))]
        }
        guard envelope.jsonrpc == "2.0", let method = envelope.method else {
            return [
                OutgoingMessage.error(
                    id: envelope.id, .invalidRequest("a message needs `jsonrpc: \"2.0\"` and a `method`"))
            ]
        }
        if let id = envelope.id {
            return [respond(to: method, id: id, data)]
        }
        return notify(method, data)
    }

    /// A framing problem: answered like any other malformed message.
    public func malformedFrame(_ reason: String) -> [Data] {
        [OutgoingMessage.error(id: nil, .parseError(reason))]
    }

    private func respond(to method: String, id: RequestID, _ data: Data) -> Data {
        switch (state, method) {
        case (.waitingForInitialize, "initialize"):
            state = .running
            return OutgoingMessage.response(id: id, result: InitializeResult())
        case (.waitingForInitialize, _):
            return OutgoingMessage.error(id: id, .serverNotInitialized)
        case (.shutDown, _), (.exited, _):
            return OutgoingMessage.error(id: id, .invalidRequest("the server is shutting down"))
        case (.running, "initialize"):
            return OutgoingMessage.error(id: id, .invalidRequest("the server is already initialized"))
        case (.running, "shutdown"):
            state = .shutDown
            return OutgoingMessage.nullResponse(id: id)
        case (.running, _):
            do {
                return try request(method, id: id, data)
            } catch let error as ResponseError {
                return OutgoingMessage.error(id: id, error)
            } catch {
                return OutgoingMessage.error(
                    id: id, .invalidParams("the params of `\(method)` are not what it takes"))
            }
        }
    }

    private func request(_ method: String, id: RequestID, _ data: Data) throws -> Data {
        switch method {
        case "textDocument/completion":
            return OutgoingMessage.response(id: id, result: try completion(params(data)))
        case "textDocument/hover":
            guard let hover = try hover(params(data)) else { return OutgoingMessage.nullResponse(id: id) }
            return OutgoingMessage.response(id: id, result: hover)
        case "textDocument/definition":
            guard let location = try definition(params(data)) else {
                return OutgoingMessage.nullResponse(id: id)
            }
            return OutgoingMessage.response(id: id, result: location)
        case "textDocument/documentSymbol":
            return OutgoingMessage.response(id: id, result: try symbols(params(data)))
        case "textDocument/formatting":
            return OutgoingMessage.response(id: id, result: try formatting(params(data)))
        default:
            throw ResponseError.methodNotFound(method)
        }
    }

    private func notify(_ method: String, _ data: Data) -> [Data] {
        if method == "exit" {
            state = .exited(status: state == .shutDown ? 0 : 1)
            return []
        }
        guard state == .running else { return [] }
        switch method {
        case "textDocument/didOpen":
            guard let open: DidOpenParams = try? params(data) else { return [] }
            let item = open.textDocument
            return [publish(Document(uri: item.uri, version: item.version, text: item.text))]
        case "textDocument/didChange":
            guard let change: DidChangeParams = try? params(data), let text = change.contentChanges.last?.text
            else { return [] }
            return [
                publish(
                    Document(uri: change.textDocument.uri, version: change.textDocument.version, text: text))
            ]
        case "textDocument/didClose":
            guard let close: DidCloseParams = try? params(data) else { return [] }
            documents[close.textDocument.uri] = nil
            // Clear what was published for it.
            return [
                OutgoingMessage.notification(
                    method: "textDocument/publishDiagnostics",
                    params: PublishDiagnosticsParams(
                        uri: close.textDocument.uri, version: nil, diagnostics: []))
            ]
        default:
            // `initialized`, `$/cancelRequest`, `workspace/didChangeConfiguration`...: nothing to do.
            return []
        }
    }

    /// Keeps the document and returns its diagnostics notification.
    private func publish(_ document: Document) -> Data {
        documents[document.uri] = document
        return OutgoingMessage.notification(
            method: "textDocument/publishDiagnostics",
            params: PublishDiagnosticsParams(
                uri: document.uri, version: document.version, diagnostics: document.protocolDiagnostics))
    }

    private func params<Params: Decodable>(_ data: Data) throws -> Params {
        try JSONDecoder().decode(ParamsEnvelope<Params>.self, from: data).params
    }

    func document(_ identifier: TextDocumentIdentifier) throws -> Document {
        guard let document = documents[identifier.uri] else {
            throw ResponseError.invalidParams("`\(identifier.uri)` is not open")
        }
        return document
    }
}
