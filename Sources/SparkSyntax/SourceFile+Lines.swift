/// Lines and columns, computed from the bytes only when something is shown to a person: the parser
/// never builds a line table.
extension SourceFile {
    /// The 1-based line and column of `range.start`; the column counts Unicode scalars, not bytes.
    /// A CRLF ends one line, as does a lone CR.
    public func location(of range: SourceRange) -> (line: Int, column: Int) {
        let offset = min(max(range.start, 0), bytes.count)
        var line = 1
        var lineStart = 0
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < offset {
                let byte = buffer[index]
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    lineStart = index + 1
                } else if byte == UInt8(ascii: "\r") {
                    if index + 1 < buffer.count, buffer[index + 1] == UInt8(ascii: "\n") {
                        index += 1
                        if index == offset { break }  // between CR and LF: still on the CR's line
                    }
                    line += 1
                    lineStart = index + 1
                }
                index += 1
            }
        }
        return (line, scalarCount(from: lineStart, to: offset) + 1)
    }

    /// The byte range of the line holding `offset`, without its line break.
    func lineBounds(around offset: Int) -> Range<Int> {
        let offset = min(max(offset, 0), bytes.count)
        var start = offset
        while start > 0, bytes[start - 1] != UInt8(ascii: "\n"), bytes[start - 1] != UInt8(ascii: "\r") {
            start -= 1
        }
        var end = offset
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r") {
            end += 1
        }
        return start..<end
    }

    /// Scalars in `bytes[start..<end]`: the bytes that do not continue a UTF-8 sequence. (A stray
    /// continuation byte, which is not UTF-8 at all, is not counted; columns near one may be off by
    /// one, a price paid so a 10 MB line is counted in one quick pass.)
    func scalarCount(from start: Int, to end: Int) -> Int {
        guard start < end else { return 0 }
        return bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            for index in start..<end where buffer[index] & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    /// The offset `scalars` scalars after `start`, stopping at `limit`.
    func offset(advancing scalars: Int, from start: Int, limit: Int) -> Int {
        var index = start
        var remaining = scalars
        while remaining > 0, index < limit {
            index += max(UTF8Sequence.length(in: bytes, at: index), 1)
            remaining -= 1
        }
        return min(index, limit)
    }
}
