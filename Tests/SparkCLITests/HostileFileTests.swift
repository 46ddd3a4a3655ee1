import Foundation
import Testing

@testable import SparkCLI

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 12, unbounded reads and unsafe writes: only regular files of bounded size are read, and
/// reports and the history are written without following, replacing or chmod-ing what is there.
@Suite struct HostileFileTests {
    @Test func runningDevZeroIsRefusedAtOnce() throws {
        let result = try SparkBinary.run(["run", "/dev/zero"])
        #expect(result.status == 74)
        #expect(result.stderr.contains("cannot read `/dev/zero`: it is a device, not a regular file"))
    }

    @Test func includingDevZeroIsRefusedWithThePlace() throws {
        let result = try SparkBinary.run(["run", "-"], script: "include \"/dev/zero\"\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("<stdin>:1:9: error: cannot read `/dev/zero`: it is a device"))
    }

    @Test func aFIFOIsRefusedNotWaitedOn() throws {
        let scratch = try ScratchDirectory()
        let fifo = scratch.url.appendingPathComponent("pipe.spark").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let start = Date()
        let run = try SparkBinary.run(["run", fifo])
        #expect(run.status == 74)
        #expect(run.stderr.contains("it is a FIFO, not a regular file"))
        let include = try SparkBinary.run(["run", "-"], script: "include \"\(fifo)\"\n")
        #expect(include.status == 1)
        #expect(include.stderr.contains("it is a FIFO"))
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test func aNulInAnIncludePathIsRefusedNotTruncated() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("x.spark", "now\n")
        try scratch.write("main.spark", "include \"x.spark\\u{0}.ignored\"\n")
        let result = try SparkBinary.run(["run", "main.spark"], directory: scratch.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot read `x.spark\\0.ignored`: the path contains a NUL byte"))
        #expect(!result.stdout.contains("2026"))
    }

    @Test func standardInputLargerThanTheCapIsRefused() throws {
        let input = Data(repeating: UInt8(ascii: "\n"), count: (64 << 20) + 1)
        let result = try SparkBinary.run(["run", "-"], input: input)
        #expect(result.status == 74)
        #expect(result.stderr.contains("cannot read `<stdin>`: it is larger than 64 MiB"))
    }

    @Test func aFileLargerThanTheCapIsRefused() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.url.appendingPathComponent("big.spark").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(truncate(path, off_t((64 << 20) + 1)) == 0)
        let result = try SparkBinary.run(["check", path])
        #expect(result.status == 74)
        #expect(result.stderr.contains("it is larger than 64 MiB"))
    }

    @Test func aHistoryFileNamingADirectoryIsNotChmodded() throws {
        let scratch = try ReplScratch()
        let directory = scratch.path + "/history"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        #expect(chmod(directory, 0o755) == 0)
        let history = try #require(History(path: directory))
        #expect(throws: History.SaveError.self) { try history.add("now") }
        #expect(try ReplScratch.mode(of: directory) == 0o755)
    }

    @Test func aHistoryFileThatIsALinkNeitherChmodsNorReplacesItsTarget() throws {
        let scratch = try ReplScratch()
        let target = scratch.path + "/target"
        FileManager.default.createFile(
            atPath: target, contents: Data("keep\n".utf8), attributes: [.posixPermissions: 0o644])
        let link = scratch.path + "/history"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let history = try #require(History(path: link))
        let failure = #expect(throws: History.SaveError.self) { try history.add("now") }
        #expect(failure?.message.contains("symbolic link") == true)
        #expect(try ReplScratch.mode(of: target) == 0o644)
        #expect(try ReplScratch.read(target) == "keep\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
    }

    @Test func aHistoryIsSavedWholeWithNoTemporaryLeft() throws {
        let scratch = try ReplScratch()
        let path = scratch.path + "/history"
        let history = try #require(History(path: path))
        try history.add("creator @alice")
        try history.add("now")
        #expect(try ReplScratch.mode(of: path) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["history"])
        let reloaded = try #require(History(path: path))
        #expect(reloaded.count == 2)
    }
}
