import FoundationEssentials
import SparkInteractive
import SparkSyntax

/// Completion, hover, definition, symbols and formatting, over the parsed document.
extension LanguageServer {
    /// The REPL's completion at the cursor, with the names the document declares before it.
    func completion(_ params: TextDocumentPositionParams) throws -> [CompletionItem] {
        let document = try document(params.textDocument)
        let offset = document.lines.offset(of: params.position)
        let vocabulary = DocumentOutline(document.statements).vocabulary(before: offset)
        let before = String(
            decoding: document.file.bytes[statementStart(document, before: offset)..<offset], as: UTF8.self)
        let partialStart = LanguageServer.partialWordStart(document.file.bytes, before: offset)
        // Both ends from clamped offsets: a position past a line or the document is not echoed back.
        let replaced = LSPRange(
            start: document.lines.position(of: partialStart), end: document.lines.position(of: offset))
        return Completer(vocabulary: vocabulary).complete(before).map { candidate in
            let kind =
                vocabulary.bindings.names.contains(candidate)
                ? 6 : (candidate.first?.isLetter == true ? 14 : 12)
            return CompletionItem(
                label: candidate, kind: kind, textEdit: TextEdit(range: replaced, newText: candidate))
        }
    }

    /// The help of the keyword under the cursor, or else of the statement around it: its syntax,
    /// the rule it follows, an example and the screen it mirrors.
    func hover(_ params: TextDocumentPositionParams) throws -> Hover? {
        let document = try document(params.textDocument)
        let offset = document.lines.offset(of: params.position)
        guard let word = document.word(at: offset) else { return nil }
        var text = HelpCatalogue.text(for: word.text)
        if text == nil,
            let statement = document.statements.last(where: {
                $0.range.start <= offset && offset <= $0.range.end
            }),
            let first = document.word(at: statement.range.start)
        {
            text = HelpCatalogue.text(for: first.text)
        }
        guard let text else { return nil }
        return Hover(
            contents: .init(kind: "markdown", value: "```\n\(text)\n```"),
            range: document.lines.range(of: word.range))
    }

    /// A name to where it was bound; an include's path to the file.
    func definition(_ params: TextDocumentPositionParams) throws -> Location? {
        let document = try document(params.textDocument)
        let offset = document.lines.offset(of: params.position)
        let outline = DocumentOutline(document.statements)
        if let include = outline.includes.first(where: { $0.range.start <= offset && offset < $0.range.end })
        {
            guard let target = LanguageServer.resolve(include.path, from: document.uri) else { return nil }
            let origin = Position(line: 0, character: 0)
            return Location(uri: target, range: LSPRange(start: origin, end: origin))
        }
        guard let word = document.word(at: offset),
            let declaration = outline.binding(of: word.text, usedAt: offset)
        else { return nil }
        return Location(uri: document.uri, range: document.lines.range(of: declaration.nameRange))
    }

    /// Creators, videos, brands, campaigns and bindings, in the order they are declared.
    func symbols(_ params: DocumentParams) throws -> [DocumentSymbol] {
        let document = try document(params.textDocument)
        return DocumentOutline(document.statements).declarations.map { declaration in
            let (kind, detail): (Int, String) =
                switch declaration.kind {
                case .creator: (19, "creator")
                case .video: (14, "video")
                case .brand: (23, "brand")
                case .campaign: (24, "campaign")
                case .binding: (13, "let")
                }
            let name = declaration.kind == .video ? "video \(declaration.name)" : declaration.name
            return DocumentSymbol(
                name: name, detail: detail, kind: kind,
                range: document.lines.range(of: declaration.statementRange),
                selectionRange: document.lines.range(of: declaration.nameRange))
        }
    }

    /// `spark fmt` as one edit over the whole document; none when it is formatted already or has
    /// syntax errors (those are published as diagnostics).
    func formatting(_ params: DocumentParams) throws -> [TextEdit] {
        let document = try document(params.textDocument)
        guard case .formatted(let bytes) = SourceFormatter.format(document.file), bytes != document.file.bytes
        else {
            return []
        }
        let whole = LSPRange(start: Position(line: 0, character: 0), end: document.lines.endPosition)
        return [TextEdit(range: whole, newText: String(decoding: bytes, as: UTF8.self))]
    }

    /// Where the statement being typed at `offset` starts: the start of the statement holding it,
    /// or else the end of the last statement before it (a statement still being typed does not
    /// parse, but the completer reads unfinished text, open blocks included).
    private func statementStart(_ document: Document, before offset: Int) -> Int {
        guard let last = document.statements.last(where: { $0.range.start <= offset }) else { return 0 }
        return offset <= last.range.end ? last.range.start : last.range.end
    }

    /// Where the partial word before the cursor begins: what a completion replaces.
    static func partialWordStart(_ bytes: [UInt8], before offset: Int) -> Int {
        var start = offset
        let separators: Set<UInt8> = Set(" \t\r\n,;{}[]=".utf8)
        while start > 0, !separators.contains(bytes[start - 1]) { start -= 1 }
        return start
    }

    /// `path` relative to the directory of the document `uri`.
    static func resolve(_ path: String, from uri: String) -> String? {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path).absoluteString }
        guard let base = URL(string: uri) else { return nil }
        return base.deletingLastPathComponent().appendingPathComponent(path).standardized.absoluteString
    }
}
