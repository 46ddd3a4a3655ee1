import SparkSyntax

/// Byte offsets of a document to the protocol's positions (zero-based line, UTF-16 column) and
/// back. Line breaks are the lexer's: `\n`, `\r\n` or a lone `\r`.
struct LineIndex: Sendable {
    let bytes: [UInt8]
    /// The byte offset where each line starts.
    private(set) var lineStarts: [Int] = [0]

    init(bytes: [UInt8]) {
        self.bytes = bytes
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                lineStarts.append(index + 1)
            } else if byte == UInt8(ascii: "\r") {
                if index + 1 < count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                lineStarts.append(index + 1)
            }
            index += 1
        }
    }

    func position(of offset: Int) -> Position {
        let offset = min(max(offset, 0), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var units = 0
        for index in lineStarts[low]..<offset { units += LineIndex.utf16Units(leadByte: bytes[index]) }
        return Position(line: low, character: units)
    }

    func range(of range: SourceRange) -> LSPRange {
        LSPRange(start: position(of: range.start), end: position(of: range.end))
    }

    /// The byte offset of `position`; past the end of its line, the end of that line.
    func offset(of position: Position) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < lineStarts.count else { return bytes.count }
        var index = lineStarts[position.line]
        let lineEnd = lineEnd(from: index)
        var units = 0
        while index < lineEnd, units < position.character {
            units += LineIndex.utf16Units(leadByte: bytes[index])
            index += 1
            while index < lineEnd, bytes[index] & 0xC0 == 0x80 { index += 1 }
        }
        return index
    }

    /// Where the document ends, as a position.
    var endPosition: Position { position(of: bytes.count) }

    private func lineEnd(from start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n"), bytes[index] != UInt8(ascii: "\r") {
            index += 1
        }
        return index
    }

    /// UTF-16 code units of the character a byte begins: two for a four-byte UTF-8 sequence, none
    /// for a continuation byte.
    @inline(__always)
    static func utf16Units(leadByte byte: UInt8) -> Int {
        if byte & 0xC0 == 0x80 { return 0 }
        return byte >= 0xF0 ? 2 : 1
    }
}
