import SparkRuntime
import SparkSyntax

/// Reads included scripts from the file system for the runtime.
struct FileScriptReader: ScriptReader {
    func read(_ path: String) throws(Diagnostic) -> SourceFile {
        try SourceReader.read(path)
    }
}
