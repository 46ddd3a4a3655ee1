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
    /// with `environment` added to the inherited one. When the program exits, its terminal stays
    /// open, so its last screen and its exit status (`waitForExit`) can still be read.
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
            set -g remain-on-exit-format ""

            """
        try config.write(toFile: directory + "/tmux.conf", atomically: true, encoding: .utf8)
        var arguments = ["-f", directory + "/tmux.conf", "new-session", "-d", "-s", TmuxSession.session]
        arguments += ["-x", String(width), "-y", String(height)]
        if let workingDirectory { arguments += ["-c", workingDirectory] }
        for (name, value) in environment.sorted(by: { $0.key < $1.key }) {
            arguments += ["-e", "\(name)=\(value)"]
        }
        // The program runs under a small shell that writes its exit status to a file, then keeps
        // the terminal open: tmux's own exit status is not reliable when several servers run at
        // once, and a terminal closed at once can lose the program's last output. The shell
        // catches SIGINT (`trap :`), so Ctrl-C reaches the program but not the shell; a caught
        // signal is reset to its default in the program.
        let status = directory + "/status"
        let wrapper = "trap : INT; \"$@\"; echo $? >\"$0.tmp\" && mv \"$0.tmp\" \"$0\"; exec sleep 86400"
        arguments.append(
            (["/bin/sh", "-c", wrapper, status] + command).map(TmuxSession.shellQuoted).joined(separator: " ")
        )
        do {
            try tmux(arguments)
        } catch {
            try? FileManager.default.removeItem(atPath: directory)
            throw error
        }
    }

    deinit { kill() }

    /// How long to wait for the screen or an exit: waits end as soon as the screen is right, so a
    /// generous deadline costs nothing when things work and tolerates a loaded machine (5 s once
    /// failed on a clean clone while other builds ran).
    static let patience: Double = 30

    /// Whether tmux can be run here; suites that need it use `.enabled(if: TmuxSession.isAvailable)`.
    static var isAvailable: Bool {
        guard let directory = try? makeTemporaryDirectory() else { return false }
        defer { try? FileManager.default.removeItem(atPath: directory) }
        return (try? spawn(["tmux", "-V"], in: directory))?.status == 0
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
        TmuxSession.trimmed(try tmux(["capture-pane", "-p", "-t", TmuxSession.session]))
    }

    private static func trimmed(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(line.reversed().drop { $0 == " " }.reversed())
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// Everything the program wrote that is still held: the lines scrolled off the top (up to
    /// 10,000), then the screen; trailing blank rows removed.
    func scrollback() throws -> String {
        let text = try tmux(["capture-pane", "-p", "-S", "-", "-t", TmuxSession.session])
        return TmuxSession.trimmed(text)
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
    func waitFor(_ text: String, timeout: Double = TmuxSession.patience) throws -> String {
        try waitUntil("the screen shows \(text.debugDescription)", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until `condition` holds for the screen, and returns the screen.
    @discardableResult
    func waitUntil(_ what: String, timeout: Double = TmuxSession.patience, _ condition: (String) -> Bool)
        throws -> String
    {
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
    /// The screen stays as the program left it.
    func waitForExit(timeout: Double = TmuxSession.patience) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if let text = try? String(contentsOfFile: directory + "/status", encoding: .utf8),
                let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
            {
                return status
            }
            Thread.sleep(forTimeInterval: 0.02)
        } while Date() < deadline
        throw Failure(
            description: "timed out after \(timeout)s waiting for exit; the screen:\n\(try screen())")
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
        let result = try TmuxSession.spawn(["tmux", "-u", "-S", socket] + arguments, in: directory)
        guard result.status == 0 else {
            let command = arguments.prefix(2).joined(separator: " ")
            throw Failure(description: "tmux \(command) failed (status \(result.status)): \(result.errors)")
        }
        return result.output
    }

    /// Runs a program to its end: its output and errors go to files in `directory`, read back
    /// afterwards. Not `Foundation.Process` with pipes: the command that starts the tmux server
    /// forks a daemon that would keep every descriptor it inherited, and with tests running in
    /// parallel that includes other tests' pipes, whose readers then never see end-of-file. Here
    /// the child closes every descriptor above 2 before it runs.
    private static func spawn(_ arguments: [String], in directory: String) throws
        -> (status: Int32, output: String, errors: String)
    {
        let outputPath = directory + "/tmux.out"
        let errorsPath = directory + "/tmux.err"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errorsPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        closeInheritedDescriptors(&actions)

        let environment = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }

        // Test threads (libdispatch's) block signals, and a spawned child inherits the mask: the
        // tmux server would never hear SIGCHLD, nor its programs SIGINT. So: nothing blocked,
        // every signal at its default.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var pid = pid_t()
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw Failure(description: "cannot run \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw Failure(description: "lost \(arguments[0]) (pid \(pid))") }
        }
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let errors = (try? String(contentsOfFile: errorsPath, encoding: .utf8)) ?? ""
        // WIFEXITED / WEXITSTATUS, which Swift does not import: a signal death reads 128 + n.
        let exitStatus = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (exitStatus, output, errors)
    }

    /// Has the child close every descriptor above 2: glibc's `posix_spawn_file_actions_addclosefrom_np`
    /// (2.34+; not in the headers Swift imports, so found by name), else each one open now.
    private static func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
        typealias CloseFrom =
            @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32
        if let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") {
            let closeFrom = unsafeBitCast(symbol, to: CloseFrom.self)
            if closeFrom(&actions, 3) == 0 { return }
        }
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for descriptor in open.compactMap({ Int32($0) }) where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
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
