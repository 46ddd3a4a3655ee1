import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 12, `--junit` and standard output: a report is replaced whole through a fresh temporary
/// file, a target that is not a regular file is refused, and a failed write exits 74.
@Suite struct HostileReportTests {
    static func scenarios() throws -> ScratchDirectory {
        let scratch = try ScratchDirectory()
        try scratch.write("tests/a.spark", "creator @alice\nnow\n")
        return scratch
    }

    @Test func aPlantedTemporaryLinkIsNotFollowed() throws {
        let scratch = try Self.scenarios()
        let victim = try scratch.write("victim", "precious\n")
        let report = scratch.url.appendingPathComponent("R").path
        try FileManager.default.createSymbolicLink(atPath: report + ".tmp", withDestinationPath: victim.path)
        let result = try SparkBinary.run(["test", "--junit", report, "tests"], directory: scratch.url)
        #expect(result.status == 0)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious\n")
        #expect(try String(contentsOfFile: report, encoding: .utf8).hasSuffix("</testsuites>\n"))
    }

    @Test(arguments: ["link", "fifo", "directory"])
    func aReportPathThatIsNotARegularFileIsRefused(_ kind: String) throws {
        let scratch = try Self.scenarios()
        let report = scratch.url.appendingPathComponent("R").path
        let victim = try scratch.write("victim", "precious\n")
        switch kind {
        case "link":
            try FileManager.default.createSymbolicLink(atPath: report, withDestinationPath: victim.path)
        case "fifo": #expect(mkfifo(report, 0o600) == 0)
        default: try FileManager.default.createDirectory(atPath: report, withIntermediateDirectories: false)
        }
        let result = try SparkBinary.run(["test", "--junit", report, "tests"], directory: scratch.url)
        #expect(result.status == 74)
        #expect(result.stderr.contains("cannot write `\(report)`"))
        var status = stat()
        #expect(lstat(report, &status) == 0)
        let expected = kind == "link" ? S_IFLNK : kind == "fifo" ? S_IFIFO : S_IFDIR
        #expect(status.st_mode & S_IFMT == expected)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious\n")
        let names = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path)
        #expect(!names.contains { $0.hasSuffix(".tmp") })
    }

    @Test func twoRunsWritingOneReportLeaveOneWholeReport() throws {
        let scratch = try ScratchDirectory()
        for index in 0..<200 { try scratch.write("tests/s\(index).spark", "now\n") }
        let report = scratch.url.appendingPathComponent("R.xml").path
        let runs = (0..<4).map { _ in
            let process = Process()
            process.executableURL = SparkBinary.url
            process.arguments = ["test", "--junit", report, scratch.url.appendingPathComponent("tests").path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return process
        }
        for run in runs { try run.run() }
        for run in runs { run.waitUntilExit() }
        for run in runs { #expect(run.terminationStatus == 0) }
        let xml = try String(contentsOfFile: report, encoding: .utf8)
        #expect(xml.components(separatedBy: "<testsuite ").count == 201)
        #expect(xml.hasSuffix("</testsuites>\n"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted() == [
                "R.xml", "tests",
            ])
    }

    /// Runs spark with standard output (or error) on /dev/full.
    static func runToFull(_ arguments: [String], errorToFull: Bool) throws -> Int32 {
        let process = Process()
        process.executableURL = SparkBinary.url
        process.arguments = arguments
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        process.standardOutput = errorToFull ? FileHandle.nullDevice : full
        process.standardError = errorToFull ? full : FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test func aFailedWriteToStandardOutputExits74() throws {
        let scratch = try ScratchDirectory()
        let script = try scratch.write("s.spark", "creator @alice\nnow\n")
        #expect(try Self.runToFull(["run", script.path], errorToFull: false) == 74)
        #expect(try Self.runToFull(["run", "--format", "json", script.path], errorToFull: false) == 74)
        #expect(try Self.runToFull(["test", scratch.url.path], errorToFull: false) == 74)
        #expect(try Self.runToFull(["explain", "4025"], errorToFull: false) == 74)
    }

    @Test func aFailedWriteToStandardErrorExits74() throws {
        let scratch = try ScratchDirectory()
        let failing = try scratch.write("failing.spark", "show @nobody\n")
        #expect(try Self.runToFull(["run", failing.path], errorToFull: true) == 74)
        let invalid = try scratch.write("invalid.spark", "show [\n")
        #expect(try Self.runToFull(["check", invalid.path], errorToFull: true) == 74)
    }
}
