import SparkSyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The scenario files `spark test` runs, from its paths: `-` is standard input, a directory is
/// searched by `ScriptFinder`, a file is taken as it is.
enum TestScripts {
    enum Problem: Error {
        /// A path that does not exist (a usage error: exit 64).
        case missing(String)
        /// A path that exists but cannot be read (exit 74).
        case unreadable(Diagnostic)
    }

    static func find(_ paths: [String]) throws(Problem) -> [String] {
        var scripts: [String] = []
        for path in paths {
            if path == "-" {
                if !scripts.contains("-") { scripts.append("-") }
                continue
            }
            var status = stat()
            if lstat(path, &status) != 0 && errno == ENOENT { throw .missing(path) }
            do { scripts += try ScriptFinder.find([path]) } catch { throw .unreadable(error) }
        }
        return scripts
    }

    /// Says where no scenario was found: "no scenario found under `Scripts/x`: ...".
    static func nothingFound(in paths: [String]) -> String {
        let places = paths.map { "`\($0)`" }.joined(separator: ", ")
        return "no scenario found under \(places): looked for files ending in .spark, skipping names "
            + "that start with `_` or `.`"
    }

    /// The number of online cores: the default of `--jobs`.
    static var cores: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}
