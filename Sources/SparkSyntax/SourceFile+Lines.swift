/// Lines and columns, computed from the bytes only when something is shown to a person: the parser
/// never builds a line table; the first diagnostic shown builds one, once per file.
extension SourceFile {
    /// The 1-based line and column of `range.start`; the column counts Unicode scalars, not bytes.
    /// A CRLF ends one line, as does a lone CR. A binary search of the line-start table: rendering
    /// N diagnostics costs N log(lines), not N times the file.
    public func location(of range: SourceRange) -> (line: Int, column: Int) {
        let offset = min(max(range.start, 0), bytes.count)
        let (line, lineStart) = lineAndStart(of: offset)
        return (line, scalarCount(from: lineStart, to: offset) + 1)
    }

    /// Where line `line + 1` starts (1-based `line`), or the end of the bytes after the last line.
    private func nextLineStart(afterLine line: Int) -> Int {
        lineStarts.withLock { table in
            guard let table, line < table.count else { return bytes.count }
            return Int(table[line])
        }
    }

    /// The line holding `offset` and its first byte, from the table (built on first use).
    private func lineAndStart(of offset: Int) -> (line: Int, start: Int) {
        lineStarts.withLock { table in
            if table == nil { table = Self.lineStartTable(of: bytes) }
            return Self.line(containing: offset, in: table ?? [0])
        }
    }

    /// The 1-based line holding `offset` and where that line starts: the last start at or before it.
    private static func line(containing offset: Int, in starts: [UInt32]) -> (Int, Int) {
        var low = 0
        var high = starts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if Int(starts[middle]) <= offset { low = middle } else { high = middle }
        }
        return (low + 1, Int(starts[low]))
    }

    /// The offset of each line's first byte. A line starts after `\n`, and after a `\r` that no
    /// `\n` follows (so an offset between CR and LF is still on the CR's line).
    static func lineStartTable(of bytes: [UInt8]) -> [UInt32] {
        var starts: [UInt32] = [0]
        bytes.withUnsafeBufferPointer { buffer in
            let count = min(buffer.count, Int(UInt32.max))
            var index = 0
            while index < count {
                let byte = buffer[index]
                index += 1
                if byte == UInt8(ascii: "\n") {
                    starts.append(UInt32(index))
                } else if byte == UInt8(ascii: "\r"), index >= count || buffer[index] != UInt8(ascii: "\n") {
                    starts.append(UInt32(index))
                }
            }
        }
        return starts
    }

    /// The byte range of the line holding `offset`, without its line break.
    func lineBounds(around offset: Int) -> Range<Int> {
        let offset = min(max(offset, 0), bytes.count)
        let (line, lineStart) = lineAndStart(of: offset)
        var start = lineStart
        // Between a CR and its LF: the line shown is the empty stretch before the LF.
        if offset > start, bytes[offset - 1] == UInt8(ascii: "\r") { start = offset }
        // The line ends before the break that starts the next line: no scan along a 10 MB line.
        var end = nextLineStart(afterLine: line)
        while end > offset, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
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
