/// The Language Server Protocol's structures the server uses, as `Codable` values. Positions are
/// zero-based lines and UTF-16 code units, as the protocol says.
public struct Position: Codable, Equatable, Sendable {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }
}

public struct LSPRange: Codable, Equatable, Sendable {
    public var start: Position
    public var end: Position

    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }
}

public struct Location: Codable, Equatable, Sendable {
    public var uri: String
    public var range: LSPRange
}

public struct TextDocumentIdentifier: Codable, Sendable {
    public var uri: String
}

public struct TextDocumentItem: Codable, Sendable {
    public var uri: String
    public var languageId: String?
    public var version: Int?
    public var text: String
}

public struct DidOpenParams: Codable, Sendable {
    public var textDocument: TextDocumentItem
}

/// Full sync: every change carries the document's whole new text.
public struct DidChangeParams: Codable, Sendable {
    public struct Change: Codable, Sendable {
        public var text: String
    }

    public var textDocument: VersionedIdentifier
    public var contentChanges: [Change]

    public struct VersionedIdentifier: Codable, Sendable {
        public var uri: String
        public var version: Int?
    }
}

public struct DidCloseParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
}

/// `completion`, `hover` and `definition` all ask about one place in one document.
public struct TextDocumentPositionParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var position: Position
}

public struct DocumentParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
}

public struct PublishDiagnosticsParams: Codable, Equatable, Sendable {
    public var uri: String
    public var version: Int?
    public var diagnostics: [LSPDiagnostic]
}

public struct LSPDiagnostic: Codable, Equatable, Sendable {
    public var range: LSPRange
    /// 1 error, 2 warning, 3 information.
    public var severity: Int
    /// TikTok's error number, when there is one.
    public var code: Int?
    public var source: String
    public var message: String
}

public struct CompletionItem: Codable, Equatable, Sendable {
    public var label: String
    /// 14 keyword, 6 variable, 12 value.
    public var kind: Int
    public var textEdit: TextEdit?
}

public struct TextEdit: Codable, Equatable, Sendable {
    public var range: LSPRange
    public var newText: String
}

public struct Hover: Codable, Equatable, Sendable {
    public struct Contents: Codable, Equatable, Sendable {
        public var kind: String
        public var value: String
    }

    public var contents: Contents
    public var range: LSPRange?
}

public struct DocumentSymbol: Codable, Equatable, Sendable {
    public var name: String
    public var detail: String?
    /// 19 object (creators), 23 struct (brands), 14 constant (videos), 24 event (campaigns),
    /// 13 variable (bindings).
    public var kind: Int
    public var range: LSPRange
    public var selectionRange: LSPRange
}

public struct InitializeResult: Codable, Sendable {
    public struct Capabilities: Codable, Sendable {
        /// 1: full document sync.
        var textDocumentSync = 1
        var completionProvider = CompletionOptions()
        var hoverProvider = true
        var definitionProvider = true
        var documentSymbolProvider = true
        var documentFormattingProvider = true
    }

    public struct CompletionOptions: Codable, Sendable {
        var triggerCharacters = ["@", "\""]
    }

    public struct ServerInfo: Codable, Sendable {
        var name = "spark"
    }

    var capabilities = Capabilities()
    var serverInfo = ServerInfo()
}
