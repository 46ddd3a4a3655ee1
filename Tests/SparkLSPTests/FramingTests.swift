import Testing

@testable import SparkLSP

/// Content-Length framing, byte by byte and in bulk.
@Suite struct FramingTests {
    @Test func aMessageSplitAcrossReadsComesOutWhole() {
        var framer = MessageFramer()
        let framed = MessageFramer.frame(Array("{\"a\":1}".utf8)) + MessageFramer.frame(Array("[]".utf8))
        var frames: [MessageFramer.Frame] = []
        for byte in framed {
            framer.append([byte])
            while let frame = framer.next() { frames.append(frame) }
        }
        #expect(frames == [.message(Array("{\"a\":1}".utf8)), .message(Array("[]".utf8))])
    }

    @Test func otherHeadersAndCaseAreAccepted() {
        var framer = MessageFramer()
        framer.append(
            Array(
                "content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}".utf8)
        )
        #expect(framer.next() == .message(Array("{}".utf8)))
        #expect(framer.next() == nil)
    }

    @Test(arguments: [
        "Content-Type: x\r\n\r\n", "Content-Length: many\r\n\r\n", "Content-Length: -4\r\n\r\n",
    ])
    func aHeaderWithoutALengthIsReportedAndSkipped(header: String) {
        var framer = MessageFramer()
        framer.append(Array((header + "Content-Length: 2\r\n\r\n{}").utf8))
        guard case .malformed = framer.next() else {
            Issue.record("not reported")
            return
        }
        #expect(framer.next() == .message(Array("{}".utf8)))
    }

    @Test func aHugeLengthIsRefusedNotAwaited() {
        var framer = MessageFramer()
        framer.append(Array("Content-Length: 99999999999\r\n\r\n".utf8))
        guard case .malformed = framer.next() else {
            Issue.record("not refused")
            return
        }
    }

    @Test func endlessGarbageWithoutAHeaderIsDroppedNotKept() {
        var framer = MessageFramer()
        framer.append(Array(repeating: UInt8(ascii: "x"), count: MessageFramer.maximumHeaderLength + 1))
        guard case .malformed = framer.next() else {
            Issue.record("kept")
            return
        }
        framer.append(Array("Content-Length: 2\r\n\r\n{}".utf8))
        #expect(framer.next() == .message(Array("{}".utf8)))
    }

    @Test func framingCountsBytesNotCharacters() {
        #expect(MessageFramer.frame(Array("é".utf8)) == Array("Content-Length: 2\r\n\r\né".utf8))
    }
}
