import Foundation

/// Drives a program on a real terminal for end-to-end tests: a detached tmux session on a private
/// tmux server (its own socket and config, so tests neither see nor disturb the user's tmux and
/// can run in parallel). Keys go in with `send-keys`; the screen comes back with `capture-pane`.
///
///     let repl = try TmuxSession([TmuxSession.sparkExecutable], environment: [
///         "SPARK_HISTORY_FILE": historyPath, "NO_COLOR": "1",
///     ])
///     try repl.waitFor("spark 2026-01-01> ")
///     try repl.type("auth")
///     try repl.press("Tab")
///     try repl.waitFor("> authorize ")
///     try repl.press("C-c")
///     try repl.waitFor("^C")
///     try repl.press("C-d")
///     #expect(try repl.waitForExit() == 0)
///
/// Keys typed in one burst before a Ctrl-C are thrown away by the terminal itself (SIGINT flushes
/// unread input), so wait for the screen to show what was typed before pressing `C-c`.
/// The session ends (and its server with it) on `kill()` or when the object goes away.
final class TmuxSession {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let width: Int
    let height: Int
    /// A directory of our own for the server's socket and config file.
    private let directory: String
    private var killed = false

    private var socket: String { directory + "/socket" }
    private static let session = "spark"

    /// Starts `command` (a program and its arguments; no shell) in a `width`×`height` terminal
    /// with `environment` added to the inherited one. When the program exits, its pane stays
    /// (remain-on-exit) so the last screen and the exit status can still be read.
    init(
        _ command: [String], environment: [String: String] = [:], width: Int = 100, height: Int = 30,
        workingDirectory: String? = nil
    ) throws {
        guard let program = command.first, !program.isEmpty else { throw Failure(description: "no command") }
        self.width = width
        self.height = height
        directory = try TmuxSession.makeTemporaryDirectory()
        let config = """
            set -g remain-on-exit on
            set -g status off
            set -g default-terminal screen
            set -g history-limit 10000
            set -g escape-time 0

            """
        try config.write(toFile: directory + "/tmux.conf", atomically: true, encoding: .utf8)
        var arguments = ["-f", directory + "/tmux.conf", "new-session", "-d", "-s", TmuxSession.session]
        arguments += ["-x", String(width), "-y", String(height)]
        if let workingDirectory { arguments += ["-c", workingDirectory] }
        for (name, value) in environment.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(name)=\(value)"] }
        arguments.append(command.map(TmuxSession.shellQuoted).joined(separator: " "))
        do {
            try tmux(arguments)
        } catch {
            try? FileManager.default.removeItem(atPath: directory)
            throw error
        }
    }

    deinit { kill() }

    /// Whether tmux can be run here; suites that need it use `.enabled(if: TmuxSession.isAvailable)`.
    static var isAvailable: Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-V"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    // MARK: Input

    /// Types `text` literally (no key names), as if pasted key by key.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", TmuxSession.session, "-l", text])
    }

    /// Presses keys by tmux name: `Enter`, `Tab`, `C-c`, `C-d`, `C-r`, `Up`, `Left`, `BSpace`, `Escape`.
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", TmuxSession.session] + keys)
    }

    // MARK: Output

    /// The visible screen: one line per row, trailing spaces and blank rows at the end removed.
    func screen() throws -> String {
        let text = try tmux(["capture-pane", "-p", "-t", TmuxSession.session])
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(line.reversed().drop { $0 == " " }.reversed())
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// The screen including colour escapes (`capture-pane -e`).
    func screenWithEscapes() throws -> String {
        try tmux(["capture-pane", "-p", "-e", "-t", TmuxSession.session])
    }

    /// The cursor's column and row, counted from 0.
    func cursor() throws -> (column: Int, row: Int) {
        let text = try tmux(["display-message", "-p", "-t", TmuxSession.session, "#{cursor_x} #{cursor_y}"])
        let numbers = text.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        guard numbers.count == 2 else { throw Failure(description: "unexpected cursor report: \(text)") }
        return (numbers[0], numbers[1])
    }

    /// Waits until the screen contains `text`, and returns the screen; throws with the last
    /// screen after `timeout` seconds.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 5) throws -> String {
        try waitUntil("the screen shows \(text.debugDescription)", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until `condition` holds for the screen, and returns the screen.
    @discardableResult
    func waitUntil(_ what: String, timeout: Double = 5, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        repeat {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.02)
        } while Date() < deadline
        throw Failure(description: "timed out after \(timeout)s waiting until \(what); the screen:\n\(last)")
    }

    /// Waits for the program to exit and returns its exit status (128 + n if signal n killed it).
    func waitForExit(timeout: Double = 5) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            let state = try tmux([
                "display-message", "-p", "-t", TmuxSession.session,
                "#{pane_dead} #{pane_dead_status} #{pane_dead_signal}",
            ])
            let fields = state.split(whereSeparator: \.isWhitespace).map(String.init)
            if fields.first == "1" {
                if fields.count > 2, let signal = Int32(fields[2]), signal > 0 { return 128 + signal }
                if fields.count > 1, let status = Int32(fields[1]) { return status }
                return -1
            }
            Thread.sleep(forTimeInterval: 0.02)
        } while Date() < deadline
        throw Failure(description: "timed out after \(timeout)s waiting for exit; the screen:\n\(try screen())")
    }

    /// Ends the program and the private tmux server, and removes the temporary directory.
    func kill() {
        if killed { return }
        killed = true
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(atPath: directory)
    }

    // MARK: Running tmux

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // -u: UTF-8 whatever the locale of the test run; -S: our own server.
        process.arguments = ["tmux", "-u", "-S", socket] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errorData, as: UTF8.self)
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed: \(message)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    private static func makeTemporaryDirectory() throws -> String {
        // Short: a Unix socket path must fit in 108 bytes.
        var template = Array("/tmp/spark-tmux-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            return mkdtemp(base) != nil
        }
        guard made else { throw Failure(description: "cannot create a temporary directory") }
        return String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Quotes an argument for the shell tmux runs the command with.
    static func shellQuoted(_ argument: String) -> String {
        "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
