import Foundation
import Testing

/// Runs the built `spark` binary, as a user would, and captures what it prints.
///
/// The binary sits beside the test executable in the build products directory (SwiftPM builds the
/// test target's dependencies there), so the tests find it from `/proc/self/exe`.
struct SparkBinary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var url: URL {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return executable.deletingLastPathComponent().appendingPathComponent("spark")
    }

    /// Runs `spark ARGUMENTS` with `input` on standard input, in `directory` when given.
    @discardableResult
    static func run(
        _ arguments: [String], input: Data? = nil, directory: URL? = nil, environment: [String: String] = [:]
    ) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        // Files, not pipes: a large output cannot fill a pipe and deadlock the test.
        let scratch = try ScratchDirectory()
        let inputURL = try scratch.write("stdin", bytes: Array(input ?? Data()))
        let outURL = try scratch.write("stdout", bytes: [])
        let errURL = try scratch.write("stderr", bytes: [])
        process.standardInput = try FileHandle(forReadingFrom: inputURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Runs with the script given as standard input text.
    @discardableResult
    static func run(_ arguments: [String], script: String) throws -> Result {
        try run(arguments, input: Data(script.utf8))
    }
}

/// A scratch directory for a test, removed afterwards.
final class ScratchDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("spark-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }

    func write(_ name: String, bytes: [UInt8]) throws -> URL {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file
    }
}
