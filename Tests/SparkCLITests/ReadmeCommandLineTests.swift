import Foundation
import Testing

/// Every `spark` command line in README's code blocks, run as written on a real terminal (tmux), so
/// that a documented command can never crash again (`spark` alone once did, at the first thing a
/// new user types).
///
/// The synopsis block's placeholders (`FILE...`, `[PATH...]`) get real files; the `sh` blocks run
/// as they are, through a shell, in a scratch copy of the repository's scripts, with every `.spark`
/// file they name present. Each command is left to finish or, when it waits for a person (the REPL,
/// the tutorial, a server), ended as a person would: Ctrl-D, then Ctrl-C. It must exit 0 and print
/// no trap. `make` lines are what CI itself runs; lines of other programs (curl) are covered by
/// the tests of what they talk to.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct ReadmeCommandLineTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The command lines, in README order, without duplicates.
    static func commandLines() throws -> [String] {
        let readme = try String(
            contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        var lines: [String] = []
        var block: String?
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                block = block == nil ? String(line.dropFirst(3)) : nil
                continue
            }
            guard let info = block, info == "sh" || info.isEmpty else { continue }
            let text = line.trimmingCharacters(in: .whitespaces)
            guard text == "spark" || text.hasPrefix("spark ") else { continue }
            // The synopsis block: the command, then two spaces and what it does.
            let command = info.isEmpty ? synopsisCommand(text) : text
            if !lines.contains(command) { lines.append(command) }
        }
        return lines
    }

    /// `spark run FILE...           run scripts ...` → `spark run Scripts/tour.spark`.
    static func synopsisCommand(_ line: String) -> String {
        let command = line.components(separatedBy: "  ").first ?? line
        return command.split(separator: " ").compactMap { word -> String? in
            switch word {
            case "FILE...": "Scripts/tour.spark"
            case "[PATH...]": "Scripts/"
            case _ where word.hasPrefix("["): nil
            default: String(word)
            }
        }.joined(separator: " ")
    }

    @Test func readmeHasCommandLines() throws {
        let lines = try Self.commandLines()
        #expect(lines.contains("spark"))
        #expect(lines.contains("spark run Scripts/tour.spark"))
        #expect(lines.count >= 10)
    }

    @Test(arguments: try commandLines())
    func runsAsWritten(commandLine: String) throws {
        let scratch = try ReadmeScratch(for: commandLine)
        // tmux keeps its own PATH whatever `-e` says: `env` sets it for the shell.
        let session = try TmuxSession(
            ["/usr/bin/env", "PATH=" + scratch.searchPath, "/bin/sh", "-c", commandLine],
            environment: scratch.environment, width: 120,
            workingDirectory: scratch.path)
        defer { session.kill() }
        let status = try Self.finish(session)
        let screen = try session.scrollback()
        for trap in ["Fatal error", "Can't read a value", "Segmentation fault", "Illegal instruction"] {
            #expect(!screen.contains(trap), "\(commandLine): \(screen)")
        }
        #expect(status == 0, "\(commandLine) exited \(status):\n\(screen)")
    }

    /// Waits for the command to end, or to wait for a person; then ends it as a person would.
    static func finish(_ session: TmuxSession) throws -> Int32 {
        if let status = try session.exitStatus(within: 2) { return status }
        try session.waitUntilStill()
        if let status = try session.exitStatus(within: 0) { return status }
        try session.press("C-d")
        if let status = try session.exitStatus(within: 10) { return status }
        try session.press("C-c")
        return try session.waitForExit()
    }
}

/// A scratch working directory holding what README's commands name: the repository's scripts
/// and lessons, `scenarios/`, and any other `.spark` file a command line mentions.
private final class ReadmeScratch {
    let path: String
    let environment: [String: String]
    /// `bin/` with `spark` in it first.
    var searchPath: String { path + "/bin:/usr/bin:/bin" }

    init(for commandLine: String) throws {
        let manager = FileManager.default
        path = manager.temporaryDirectory.appendingPathComponent("spark-readme-\(UUID().uuidString)").path
        try manager.createDirectory(atPath: path + "/bin", withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: path + "/bin/spark", withDestinationPath: SparkBinary.url.path)
        let root = ReadmeCommandLineTests.repositoryRoot
        for folder in ["Scripts", "Lessons"] {
            try manager.copyItem(
                atPath: root.appendingPathComponent(folder).path, toPath: path + "/" + folder)
        }
        try manager.copyItem(atPath: path + "/Scripts/scenarios", toPath: path + "/scenarios")
        for word in commandLine.split(separator: " ") where word.hasSuffix(".spark") && !word.contains("*") {
            let file = path + "/" + word
            if !manager.fileExists(atPath: file) {
                let name = word.dropLast(".spark".count).filter { $0.isLetter }
                try "creator @\(name)\n".write(toFile: file, atomically: true, encoding: .utf8)
            }
        }
        environment = [
            "NO_COLOR": "1",
            "SPARK_HISTORY_FILE": path + "/state/history", "SPARK_TUTORIAL_FILE": path + "/state/tutorial",
            "HOME": path,
        ]
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

extension TmuxSession {
    /// The exit status if the program ends within `seconds`, else nil.
    func exitStatus(within seconds: Double) throws -> Int32? {
        do { return try waitForExit(timeout: seconds) } catch is Failure { return nil }
    }

    /// Waits until the screen has stopped changing for half a second (two seconds while it is
    /// still empty: a server such as `spark lsp` prints nothing): the program is waiting for input.
    func waitUntilStill() throws {
        var last = try screen()
        var stillSince = Date()
        let deadline = Date().addingTimeInterval(TmuxSession.patience)
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            let current = try screen()
            if current != last {
                last = current
                stillSince = Date()
            } else if Date().timeIntervalSince(stillSince) >= (current.isEmpty ? 2 : 0.5) {
                return
            }
        }
    }
}
