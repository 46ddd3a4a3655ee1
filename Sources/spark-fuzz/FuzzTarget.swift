import SparkModel
import SparkRuntime
import SparkSyntax

/// libFuzzer's entry point (`make fuzz`): arbitrary bytes are parsed, then run in a fresh world as
/// `spark run` would, then evaluated as one piece of REPL input. Whatever the bytes, this must return:
/// no trap, no hang, no unbounded memory. Built only with `SPARK_FUZZ=1` (see Package.swift).
@_cdecl("LLVMFuzzerTestOneInput")
public func sparkFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let file = SourceFile(path: "fuzz.spark", bytes: bytes)

    var parser = Parser(file: file)
    while parser.next() != nil {}
    let renderer = DiagnosticRenderer(colors: false)
    for diagnostic in parser.diagnostics { _ = renderer.render(diagnostic) }

    // A legal script may run a million statements; under AddressSanitizer that outlasts the
    // per-input time limit without being a bug, so the fuzzer's scripts get a smaller budget.
    var options = SessionOptions(seed: 7)
    options.repeatLimit = 10_000
    let script = Session(options: options, reader: NoIncludes(), sink: RecordBuffer())
    _ = script.run([file])
    let repl = Session(options: options, reader: NoIncludes(), sink: RecordBuffer())
    _ = repl.evaluate(file)
    return 0
}

/// Includes are refused: the fuzzer's input is one file, and reading the file system is no part of
/// what it tests.
struct NoIncludes: ScriptReader {
    func read(_ path: String) throws(Diagnostic) -> SourceFile {
        throw Diagnostic(.error, "cannot read `\(path)`: includes are off while fuzzing")
    }
}
