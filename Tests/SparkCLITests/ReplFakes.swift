import Foundation
import SparkInteractive
import SparkRuntime

@testable import SparkCLI

/// A `LineReading` that hands out scripted results, then Ctrl-D, and remembers the prompts.
final class ScriptedReader: LineReading {
    var completion: ((_ lineBeforeCursor: String) -> [String])?
    private var script: [LineResult]
    private(set) var prompts: [String] = []

    init(_ script: [LineResult]) {
        self.script = script
    }

    /// Lines typed and entered, in order.
    convenience init(lines: [String]) {
        self.init(lines.map { .line($0) })
    }

    func readLine(prompt: String) -> LineResult {
        prompts.append(prompt)
        return script.isEmpty ? .endOfInput : script.removeFirst()
    }
}

/// A `ReplEvaluator` that records what the loop asked of it. Input is unfinished while it has
/// more `{` than `}`.
final class FakeEvaluator: ReplEvaluator {
    private(set) var evaluated: [String] = []
    private(set) var loaded: [String] = []
    private(set) var resets = 0
    var promptDate = "2026-12-01"
    var vocabulary = CompletionVocabulary(
        handles: ["@alice", "@alicia", "@bob"], brands: ["acme", "beta"], bindings: ["c", "c1"],
        videoIDs: ["42", "43"], campaigns: ["winter"])
    var transcript = "start 2026-12-01T00:00Z\ncreator @alice\n"

    func isIncomplete(_ source: String) -> Bool {
        source.filter { $0 == "{" }.count > source.filter { $0 == "}" }.count
    }

    func evaluate(_ source: String) { evaluated.append(source) }

    func reset() { resets += 1 }

    func load(path: String) -> Bool {
        loaded.append(path)
        return true
    }
}

/// What the REPL wrote, standard output and standard error apart.
final class CapturedOutput {
    private(set) var text = ""
    private(set) var errors = ""

    var output: ReplOutput {
        ReplOutput(write: { self.text += $0 }, writeError: { self.errors += $0 })
    }
}

/// A fresh directory under /tmp, removed when the object goes.
final class ReplScratch {
    let path: String

    init() throws {
        path =
            FileManager.default.temporaryDirectory.appendingPathComponent("spark-repl-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// The permission bits of `file` (e.g. 0o600).
    static func mode(of file: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        return ((attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1) & 0o777
    }

    static func read(_ file: String) throws -> String {
        try String(contentsOfFile: file, encoding: .utf8)
    }
}
