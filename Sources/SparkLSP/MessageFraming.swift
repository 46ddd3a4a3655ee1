/// The base protocol's framing: `Content-Length: N` and other headers, a blank line, then N bytes
/// of JSON. Bytes go in as they arrive; whole messages come out.
public struct MessageFramer: Sendable {
    public enum Frame: Equatable, Sendable {
        /// The content of one message.
        case message([UInt8])
        /// A header block without a usable `Content-Length` (skipped; the caller answers with a
        /// JSON-RPC error).
        case malformed(String)
    }

    /// The largest message accepted: a bigger length is refused rather than waited for.
    public static let maximumLength = 256 << 20
    public static let maximumHeaderLength = 1 << 16

    private var buffer: [UInt8] = []
    private var consumed = 0

    public init() {}

    public mutating func append(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// The next whole frame in what has arrived, or nil until more bytes come.
    public mutating func next() -> Frame? {
        guard let headerEnd = findHeaderEnd() else {
            // Headers are a few dozen bytes: this much without a blank line is not a header.
            guard buffer.count - consumed > MessageFramer.maximumHeaderLength else { return nil }
            consumed = buffer.count
            compact()
            return .malformed("\(MessageFramer.maximumHeaderLength) bytes without the end of a header")
        }
        let header = String(decoding: buffer[consumed..<headerEnd.start], as: UTF8.self)
        guard let length = MessageFramer.contentLength(in: header) else {
            consumed = headerEnd.end
            compact()
            return .malformed("a message header without a valid Content-Length")
        }
        guard length <= MessageFramer.maximumLength else {
            consumed = headerEnd.end
            compact()
            return .malformed("a message of \(length) bytes is too large")
        }
        guard buffer.count - headerEnd.end >= length else { return nil }
        let content = Array(buffer[headerEnd.end..<headerEnd.end + length])
        consumed = headerEnd.end + length
        compact()
        return .message(content)
    }

    /// `Content-Length: N` framing of `content`.
    public static func frame(_ content: some Collection<UInt8>) -> [UInt8] {
        Array("Content-Length: \(content.count)\r\n\r\n".utf8) + content
    }

    /// The header block ends at the first blank line (`\r\n\r\n`; a bare `\n\n` is accepted too).
    private func findHeaderEnd() -> (start: Int, end: Int)? {
        var index = consumed
        while index < buffer.count {
            if buffer[index] == UInt8(ascii: "\n") {
                if index + 1 < buffer.count, buffer[index + 1] == UInt8(ascii: "\n") {
                    return (index, index + 2)
                }
                if index + 2 < buffer.count, buffer[index + 1] == UInt8(ascii: "\r"),
                    buffer[index + 2] == UInt8(ascii: "\n")
                {
                    return (index, index + 3)
                }
            }
            index += 1
        }
        return nil
    }

    static func contentLength(in header: String) -> Int? {
        for line in header.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" || $0 == "\r" }) {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "content-length" else { continue }
            let value = parts[1].trimmingSpaces
            guard !value.isEmpty, value.allSatisfy(\.isASCII), let length = Int(value), length >= 0 else {
                return nil
            }
            return length
        }
        return nil
    }

    /// Drops what has been handed out once it is a good part of the buffer.
    private mutating func compact() {
        if consumed > 1 << 16 || consumed == buffer.count {
            buffer.removeSubrange(0..<consumed)
            consumed = 0
        }
    }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        var text = self
        while text.first == " " || text.first == "\t" { text = text.dropFirst() }
        while text.last == " " || text.last == "\t" { text = text.dropLast() }
        return text
    }
}
