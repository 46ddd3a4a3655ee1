import SparkSyntax

/// One open document, parsed once per change: the statements for completion, hover, definitions
/// and symbols, and the diagnostics to publish.
struct Document {
    let uri: String
    let version: Int?
    let file: SourceFile
    let lines: LineIndex
    let statements: [Statement]
    let diagnostics: [Diagnostic]

    init(uri: String, version: Int?, text: String) {
        self.uri = uri
        self.version = version
        let file = SourceFile(path: Document.path(of: uri), text: text)
        self.file = file
        lines = LineIndex(bytes: file.bytes)
        (statements, diagnostics) = Parser.parse(file)
    }

    /// The file system path of a `file://` URI (what diagnostics call the file), else the URI.
    static func path(of uri: String) -> String {
        guard uri.hasPrefix("file://") else { return uri }
        return String(uri.dropFirst("file://".count)).removingPercentEncodingIfPossible
    }

    /// The diagnostics in the protocol's terms: UTF-16 ranges, notes and help folded into the text.
    var protocolDiagnostics: [LSPDiagnostic] {
        diagnostics.map { diagnostic in
            let range =
                diagnostic.range.map(lines.range(of:))
                ?? LSPRange(start: .init(line: 0, character: 0), end: .init(line: 0, character: 0))
            var message = diagnostic.message
            for note in diagnostic.notes { message += "\nnote: \(note)" }
            if let help = diagnostic.help { message += "\nhelp: \(help)" }
            let severity =
                switch diagnostic.severity {
                case .error: 1
                case .warning: 2
                }
            return LSPDiagnostic(
                range: range, severity: severity, code: diagnostic.number, source: "spark", message: message)
        }
    }

    /// The word (letters, digits, `_`, `-`, `@`) around byte `offset`, with its range.
    func word(at offset: Int) -> (text: String, range: SourceRange)? {
        let bytes = file.bytes
        func isWordByte(_ byte: UInt8) -> Bool {
            (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
                || byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "@")
        }
        var start = min(max(offset, 0), bytes.count)
        var end = start
        while start > 0, isWordByte(bytes[start - 1]) { start -= 1 }
        while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
        guard start < end else { return nil }
        return (String(decoding: bytes[start..<end], as: UTF8.self), SourceRange(start: start, end: end))
    }
}

extension String {
    /// `%20` and the like decoded; the text unchanged when it is not valid percent-encoding.
    fileprivate var removingPercentEncodingIfPossible: String {
        var bytes: [UInt8] = []
        var iterator = Array(utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "%"), iterator.count >= 2,
                let value = UInt8(String(decoding: iterator.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                iterator = iterator.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
