import SparkInteractive
import SparkModel
import SparkRuntime
import SparkSyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds the `.spark` files under the paths given to `spark test`.
///
/// Names starting with `_` or `.` are skipped, files and directories alike: that is where shared
/// set-up for `include` lives (`_common/setup.spark`), which is not a test of its own.
enum ScriptFinder {
    static func find(_ paths: [String]) throws(Diagnostic) -> [String] {
        var found: [String] = []
        for path in paths {
            var status = stat()
            guard stat(path, &status) == 0 else { throw SourceReader.ioDiagnostic(path, errno) }
            if (status.st_mode & S_IFMT) == S_IFDIR {
                try walk(path, into: &found)
            } else {
                found.append(path)
            }
        }
        return found
    }

    private static func walk(_ directory: String, into found: inout [String]) throws(Diagnostic) {
        guard let handle = opendir(directory) else { throw SourceReader.ioDiagnostic(directory, errno) }
        var entries: [(name: String, isDirectory: Bool)] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") || name.hasPrefix("_") { continue }
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var status = stat()
            guard stat(path, &status) == 0 else { continue }
            entries.append((path, (status.st_mode & S_IFMT) == S_IFDIR))
        }
        closedir(handle)
        for entry in entries.sorted(by: { $0.name < $1.name }) {
            if entry.isDirectory {
                try walk(entry.name, into: &found)
            } else if entry.name.hasSuffix(".spark") {
                found.append(entry.name)
            }
        }
    }
}
