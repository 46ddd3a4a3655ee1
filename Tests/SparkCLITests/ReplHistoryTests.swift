import Foundation
import Testing

@testable import SparkCLI

/// The history file: private, bounded, duplicates collapsed, multi-line entries kept whole.
struct ReplHistoryTests {
    /// The entries of a libedit history file: a `_HiStOrY_V2_` line, then one line per entry with
    /// its blanks, newlines and backslashes written as `\ooo` octal (`strvis`).
    private func entries(inFile path: String) throws -> [String] {
        let lines = try ReplScratch.read(path).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "_HiStOrY_V2_")
        return lines.dropFirst().filter { !$0.isEmpty }.map(unvis)
    }

    /// Undoes `strvis`: `\\ooo` octal, `\\\\`, and the meta forms `\\M-c` and `\\M^c`.
    private func unvis(_ line: Substring) -> String {
        var bytes: [UInt8] = []
        var input = Array(line.utf8)[...]
        let backslash = UInt8(ascii: "\\")
        while let byte = input.popFirst() {
            guard byte == backslash, let next = input.first else {
                bytes.append(byte)
                continue
            }
            let three = String(decoding: input.prefix(3), as: UTF8.self)
            if next == backslash {
                bytes.append(backslash)
                input = input.dropFirst()
            } else if input.count >= 3, let value = UInt8(three, radix: 8) {
                bytes.append(value)
                input = input.dropFirst(3)
            } else if three.hasPrefix("M-"), input.count >= 3 {
                bytes.append(input[input.startIndex + 2] | 0x80)
                input = input.dropFirst(3)
            } else if three.hasPrefix("M^"), input.count >= 3 {
                bytes.append((input[input.startIndex + 2] ^ 0x40) | 0x80)
                input = input.dropFirst(3)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func twoReplsOpenAtOnceMergeTheirHistoriesOnWrite() throws {
        let scratch = try ReplScratch()
        let path = scratch.path + "/state/spark/history"
        let first = try #require(History(path: path))
        try first.add("creator @one")
        let second = try #require(History(path: path))
        try second.add("creator @two")
        try first.add("brand one")
        try second.add("brand two")
        #expect(try entries(inFile: path) == ["creator @one", "creator @two", "brand one", "brand two"])
        // Each REPL browses its own session's lines (and what the file held when it started).
        #expect(first.count == 2)
        #expect(second.count == 3)
    }

    @Test func createsTheFileForItsOwnerOnlyInPrivateDirectories() throws {
        let scratch = try ReplScratch()
        let path = scratch.path + "/state/spark/history"
        let history = try #require(History(path: path))
        try history.add("creator @alice")
        #expect(try ReplScratch.mode(of: path) == 0o600)
        #expect(try ReplScratch.mode(of: scratch.path + "/state/spark") == 0o700)
        #expect(try ReplScratch.mode(of: scratch.path + "/state") == 0o700)
        #expect(try entries(inFile: path) == ["creator @alice"])
    }

    @Test func tightensAFileOthersCouldRead() throws {
        let scratch = try ReplScratch()
        let path = scratch.path + "/history"
        FileManager.default.createFile(
            atPath: path, contents: Data("_HiStOrY_V2_\nnow\n".utf8), attributes: [.posixPermissions: 0o644])
        #expect(try ReplScratch.mode(of: path) == 0o644)
        let history = try #require(History(path: path))
        #expect(try ReplScratch.mode(of: path) == 0o600)
        #expect(history.count == 1)
        try history.add("creator @alice")
        #expect(try ReplScratch.mode(of: path) == 0o600)
    }

    @Test func collapsesConsecutiveDuplicates() throws {
        let scratch = try ReplScratch()
        let path = scratch.path + "/history"
        let history = try #require(History(path: path))
        for entry in ["now", "now", "advance 1d", "now", "now"] { try history.add(entry) }
        #expect(history.count == 3)
        #expect(try entries(inFile: path) == ["now", "advance 1d", "now"])
    }

    @Test func keepsTheLatestEntriesUpToItsCapacity() throws {
        let scratch = try ReplScratch()
        let path = scratch.path + "/history"
        let history = try #require(History(path: path))
        for index in 0..<(History.capacity + 5) { try history.add("advance \(index)m") }
        #expect(history.count == History.capacity)
        let saved = try entries(inFile: path)
        #expect(saved.count == History.capacity)
        #expect(saved.first == "advance 5m")
        #expect(saved.last == "advance \(History.capacity + 4)m")
        #expect(try #require(History(path: path)).count == History.capacity)
    }

    @Test func aMultiLineEntryIsOneEntryAndComesBackWhole() throws {
        let scratch = try ReplScratch()
        let path = scratch.path + "/history"
        let block = "campaign \"hiver \\\"26\\\"\" by acme {\n  video 42\n  cta \"Café\"\n}"
        let history = try #require(History(path: path))
        try history.add(block)
        try history.add("publish \"w\"")
        #expect(try entries(inFile: path) == [block, "publish \"w\""])
        let lines = try ReplScratch.read(path).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(try #require(History(path: path)).count == 2)
    }

    @Test func aSaveReplacesTheFileAndLeavesNoTemporaryBehind() throws {
        let scratch = try ReplScratch()
        let path = scratch.path + "/history"
        let history = try #require(History(path: path))
        for entry in ["creator @alice", "brand acme", "now"] { try history.add(entry) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["history"])
    }

    @Test func aHistoryWithoutAFileIsKeptInMemory() throws {
        let history = try #require(History(path: nil))
        try history.add("now")
        try history.add("advance 1d")
        #expect(history.count == 2)
    }

    @Test func anUnwritablePlaceIsAnErrorThatSaysWhy() throws {
        let history = try #require(History(path: "/dev/null/spark/history"))
        let failure = #expect(throws: History.SaveError.self) { try history.add("now") }
        #expect(failure?.message == "cannot save the history to `/dev/null/spark/history`: not a directory")
    }

    @Test func findsItsFileFromTheEnvironment() {
        func path(_ variables: [String: String]) -> String? {
            History.defaultPath { variables[$0] }
        }
        #expect(
            path(["SPARK_HISTORY_FILE": "/tmp/h", "XDG_STATE_HOME": "/s", "HOME": "/home/a"]) == "/tmp/h")
        #expect(
            path(["SPARK_HISTORY_FILE": "", "XDG_STATE_HOME": "/s", "HOME": "/home/a"]) == "/s/spark/history")
        // XDG paths must be absolute; a relative one is ignored.
        #expect(path(["XDG_STATE_HOME": "state", "HOME": "/home/a"]) == "/home/a/.local/state/spark/history")
        #expect(path(["HOME": "/home/a"]) == "/home/a/.local/state/spark/history")
        #expect(path([:]) == nil)
    }
}
