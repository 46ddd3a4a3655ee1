import Foundation
import Testing

@testable import SparkCLI
@testable import SparkSyntax

/// Issue 12: `spark test` through symlinked directories, and the paths that were quadratic.
@Suite struct HostileTreeTests {
    @Test func aLinkToItsOwnDirectoryCountsEachFileOnce() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("a.spark", "now\n")
        try scratch.write("sub/b.spark", "now\n")
        let root = scratch.url.path
        try FileManager.default.createSymbolicLink(atPath: root + "/loop", withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: root + "/sub/back", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: root + "/again", withDestinationPath: "a.spark")
        let found = try ScriptFinder.find([root])
        #expect(found == [root + "/a.spark", root + "/sub/b.spark"])
        let result = try SparkBinary.run(["test", root])
        #expect(result.stdout.hasSuffix("2 passed, 0 failed\n"))
    }

    @Test func aHundredThousandStrayBracesShowAHundredErrorsAndCountThemAll() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write("braces.spark", String(repeating: "}", count: 100_000) + "\n")
        let result = try SparkBinary.run(["check", file.path])
        #expect(result.status == 65)
        #expect(result.stderr.components(separatedBy: ": error: ").count - 1 == 100)
        #expect(result.stderr.contains("braces.spark: too many errors; stopping"))
        #expect(result.stderr.hasSuffix("spark: 100000 errors\n"))
        #expect(result.stderr.utf8.count < 200_000)
    }

    @Test func failedExpectationsOfARunAreAllShown() throws {
        let script = "creator @alice\n" + String(repeating: "expect @alice is ads-enabled\n", count: 150)
        let result = try SparkBinary.run(["run", "-"], script: script)
        #expect(result.status == 1)
        #expect(result.stderr.components(separatedBy: ": error").count - 1 == 150)
    }

    /// The line-start table answers as a scan from byte 0 did, for LF, CRLF and lone CR alike.
    @Test func lineLookupAgreesWithAScanFromTheStart() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [[10], [13], [13, 10], [97], [0xC3, 0xA9], [32]]
        for _ in 0..<50 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0..<80, using: &generator) {
                bytes += pieces.randomElement(using: &generator) ?? []
            }
            let file = SourceFile(path: "t", bytes: bytes)
            for offset in 0...bytes.count {
                let expected = Self.scan(bytes, to: offset)
                let found = file.location(of: SourceRange(start: offset, end: offset))
                #expect(
                    found.line == expected.line && found.column == expected.column, "\(bytes) at \(offset)")
            }
        }
    }

    /// The old lookup: lines counted from byte 0 (a CRLF ends one line; between CR and LF is the CR's).
    static func scan(_ bytes: [UInt8], to offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < offset {
            if bytes[index] == 10 {
                line += 1
                lineStart = index + 1
            } else if bytes[index] == 13 {
                if index + 1 < bytes.count, bytes[index + 1] == 10 {
                    index += 1
                    if index == offset { break }
                }
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        let column = bytes[lineStart..<offset].filter { $0 & 0xC0 != 0x80 }.count + 1
        return (line, column)
    }
}
