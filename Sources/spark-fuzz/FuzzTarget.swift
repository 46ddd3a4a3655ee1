import SparkModel
import SparkRuntime
import SparkSyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// libFuzzer's entry point (`make fuzz`). Whatever the bytes, this must return: no trap, no hang,
/// no unbounded memory. Built only with `SPARK_FUZZ=1` (see Package.swift). Two modes, chosen by
/// `SPARK_FUZZ_MODE` (`make fuzz FUZZ_MODE=...`):
///
/// - `bytes`: the bytes are one script, parsed, run in a fresh world as `spark run` would, then
///   evaluated as one piece of REPL input;
/// - `grammar`: the bytes are a recipe (`ScriptGenerator`) for a set of scripts that follow the
///   grammar, which include one another through an in-memory file system; `f0.spark` is run.
@_cdecl("LLVMFuzzerTestOneInput")
public func sparkFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if FuzzMode.current == .grammar {
        var generator = ScriptGenerator(bytes)
        let files = generator.files()
        FuzzStatistics.note(depth: generator.deepest, bytes: files.reduce(0) { $0 + $1.text.utf8.count })
        if let directory = FuzzMode.expandDirectory { FuzzMode.write(files, to: directory) }
        let sources = files.map { SourceFile(path: $0.name, text: $0.text) }
        let reader = MemoryFiles(sources)
        // `f0.spark` runs, and runs the others through its includes; each is parsed on its own too.
        for source in sources.dropFirst() { parseAndRender(source) }
        if let main = sources.first { exercise(main, reader: reader, asREPL: true) }
    } else {
        FuzzStatistics.note(depth: 0, bytes: bytes.count)
        exercise(SourceFile(path: "fuzz.spark", bytes: bytes), reader: MemoryFiles([]), asREPL: true)
    }
    return 0
}

/// Parses `file` and renders its diagnostics (as many as `spark check` shows).
private func parseAndRender(_ file: SourceFile) {
    var parser = Parser(file: file)
    while parser.next() != nil {}
    let renderer = DiagnosticRenderer(colors: false)
    for diagnostic in parser.diagnostics.prefix(100) { _ = renderer.render(diagnostic) }
}

/// Parses `file` and renders its diagnostics, runs it as a script, and (for `asREPL`) as REPL input.
private func exercise(_ file: SourceFile, reader: ScriptReader, asREPL: Bool) {
    parseAndRender(file)

    // A legal script may run a million statements; under AddressSanitizer that outlasts the
    // per-input time limit without being a bug, so the fuzzer's scripts get a smaller budget.
    var options = SessionOptions(seed: 7)
    options.repeatLimit = 10_000
    let script = Session(options: options, reader: reader, sink: RecordBuffer())
    _ = script.run([file])
    guard asREPL else { return }
    let repl = Session(options: options, reader: reader, sink: RecordBuffer())
    _ = repl.evaluate(file)
}

/// The generated files, by name; anything else cannot be read. Bytes mode has none, so its
/// includes are refused: reading the real file system is no part of what it tests.
struct MemoryFiles: ScriptReader {
    let files: [String: SourceFile]

    init(_ sources: [SourceFile]) {
        files = Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func read(_ path: String) throws(Diagnostic) -> SourceFile {
        guard let file = files[path] else {
            throw Diagnostic(.error, "cannot read `\(path)`: no such file in the fuzzer's file system")
        }
        return file
    }
}
