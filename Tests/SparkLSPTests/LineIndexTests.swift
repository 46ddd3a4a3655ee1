import Testing

@testable import SparkLSP

/// Byte offsets to UTF-16 positions and back, over every kind of line break.
@Suite struct LineIndexTests {
    @Test func positionsCountUTF16UnitsAndAllLineBreaks() {
        let index = LineIndex(bytes: Array("a\r\né😀x\rb\nc".utf8))
        #expect(index.position(of: 0) == Position(line: 0, character: 0))
        #expect(index.position(of: 3) == Position(line: 1, character: 0))
        #expect(index.position(of: 5) == Position(line: 1, character: 1))  // after é
        #expect(index.position(of: 9) == Position(line: 1, character: 3))  // after 😀
        #expect(index.position(of: 11) == Position(line: 2, character: 0))  // after the lone CR
        #expect(index.endPosition == Position(line: 3, character: 1))
    }

    @Test func offsetsRoundTripAndClampToTheLine() {
        let index = LineIndex(bytes: Array("a\r\né😀x\rb\nc".utf8))
        for offset in [0, 1, 3, 5, 9, 10, 11, 13, 14] {
            #expect(index.offset(of: index.position(of: offset)) == offset)
        }
        #expect(index.offset(of: Position(line: 1, character: 99)) == 10)
        #expect(index.offset(of: Position(line: 99, character: 0)) == 14)
        #expect(index.offset(of: Position(line: -1, character: 0)) == 0)
    }
}
