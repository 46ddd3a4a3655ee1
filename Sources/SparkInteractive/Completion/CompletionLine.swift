import SparkModel
import SparkRuntime
import SparkSyntax

/// The text before the cursor, cut into what the completer needs: the finished words of the
/// statement being typed, the partial word under the cursor, and what kind of place it is in.
///
/// A rough scan over UTF-8 bytes, not the parser: it must cope with unfinished input (an open
/// string, block or list) and never fail.
struct CompletionLine: Equatable {
    enum Place: Equatable {
        /// Where a statement goes: the top level, or a `{ }` block of statements.
        case statement
        /// Inside a `campaign ... { }` block, where the campaign's fields go.
        case campaignField
        /// Inside `[ ]`, where a list of codes goes.
        case list
        /// In a comment: nothing to offer.
        case comment
    }

    /// The finished words of the current statement (strings keep their quotes; a `[...]` list
    /// counts as one word, `[]`).
    var words: [String] = []
    /// The partial word under the cursor, empty after a space; an open string keeps its `"`.
    var current = ""
    var place = Place.statement

    init(_ text: String) {
        // Each open `{` or `[` saves the words of the statement that opened it.
        var outer: [(words: [String], place: Place)] = []
        let bytes = Array(text.utf8)
        var index = 0
        var wordStart: Int? = nil

        func endWord(at end: Int) {
            if let start = wordStart {
                words.append(String(decoding: bytes[start..<end], as: UTF8.self))
                wordStart = nil
            }
        }

        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: ","):
                endWord(at: index)
            case UInt8(ascii: "\n"), UInt8(ascii: ";"):
                endWord(at: index)
                if place != .list { words = [] }
            case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "/"):
                endWord(at: index)
                guard let newline = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) else {
                    current = ""
                    place = .comment
                    return
                }
                index = newline
                continue
            case UInt8(ascii: "\""):
                endWord(at: index)
                let start = index
                index += 1
                while index < bytes.count && bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                guard index < bytes.count else {
                    current = String(decoding: bytes[start...], as: UTF8.self)
                    return
                }
                words.append(String(decoding: bytes[start...index], as: UTF8.self))
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                endWord(at: index)
                outer.append((words, place))
                if byte == UInt8(ascii: "[") {
                    place = .list
                } else {
                    place = words.first == "campaign" ? .campaignField : .statement
                }
                words = []
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                endWord(at: index)
                if let saved = outer.popLast() {
                    words = saved.words + [byte == UInt8(ascii: "]") ? "[]" : "{}"]
                    place = saved.place
                } else {
                    words = []
                }
            case UInt8(ascii: "="):
                endWord(at: index)
                words.append("=")
            default:
                if wordStart == nil { wordStart = index }
            }
            index += 1
        }
        if let start = wordStart {
            current = String(decoding: bytes[start...], as: UTF8.self)
        }
    }
}
