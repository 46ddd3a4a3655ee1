import Foundation
import Testing

@testable import SparkCLI

/// `AtomicFile`: whole or not at all, private by default, no temporary left behind.
struct ReplAtomicFileTests {
    @Test func writesTheTextForItsOwnerOnly() throws {
        let scratch = try ReplScratch()
        let path = scratch.path + "/session.spark"
        try AtomicFile.write("creator @alice\n// café ✓\n", to: path)
        #expect(try ReplScratch.read(path) == "creator @alice\n// café ✓\n")
        #expect(try ReplScratch.mode(of: path) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["session.spark"])
    }

    @Test func takesTheModeItIsGiven() throws {
        let scratch = try ReplScratch()
        let path = scratch.path + "/public.txt"
        try AtomicFile.write("x", to: path, mode: 0o644)
        #expect(try ReplScratch.mode(of: path) == 0o644)
    }

    @Test func replacesAnExistingFileWholeAndTightensIt() throws {
        let scratch = try ReplScratch()
        let path = scratch.path + "/session.spark"
        let long = String(repeating: "advance 1d\n", count: 1_000)
        FileManager.default.createFile(
            atPath: path, contents: Data(long.utf8), attributes: [.posixPermissions: 0o644])
        try AtomicFile.write("now\n", to: path)
        #expect(try ReplScratch.read(path) == "now\n")
        #expect(try ReplScratch.mode(of: path) == 0o600)
    }

    @Test func writesAnEmptyFileAndALargeOne() throws {
        let scratch = try ReplScratch()
        try AtomicFile.write("", to: scratch.path + "/empty")
        #expect(try ReplScratch.read(scratch.path + "/empty") == "")
        let large = String(repeating: "post video 42 by @alice \"clip\"\n", count: 100_000)
        try AtomicFile.write(large, to: scratch.path + "/large")
        #expect(try ReplScratch.read(scratch.path + "/large") == large)
    }

    @Test func aMissingDirectoryFailsWithTheReason() {
        let failure = #expect(throws: AtomicFile.Failure.self) {
            try AtomicFile.write("now\n", to: "/nonexistent-spark-dir/session.spark")
        }
        #expect(failure?.reason == "no such file or directory")
    }

    @Test func aFailedWriteLeavesWhatWasThereAndNoTemporary() throws {
        let scratch = try ReplScratch()
        // A directory in the way: the rename fails after the temporary file was written.
        let path = scratch.path + "/taken"
        try FileManager.default.createDirectory(atPath: path + "/inside", withIntermediateDirectories: true)
        let failure = #expect(throws: AtomicFile.Failure.self) { try AtomicFile.write("now\n", to: path) }
        #expect(failure?.reason == "is a directory")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["taken"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: path) == ["inside"])
    }
}
