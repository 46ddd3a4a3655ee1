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
///
/// Symbolic links are followed, but each real directory and file is visited once (by device and
/// inode): `ln -s . loop` neither counts a file twice nor walks forever.
enum ScriptFinder {
    /// A file or directory as the file system knows it, whatever path reached it.
    private struct Identity: Hashable {
        let device: UInt64
        let inode: UInt64

        init(_ status: stat) {
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        }
    }

    static func find(_ paths: [String]) throws(Diagnostic) -> [String] {
        var found: [String] = []
        var visited: Set<Identity> = []
        for path in paths {
            var status = stat()
            guard stat(path, &status) == 0 else { throw SourceReader.ioDiagnostic(path, errno) }
            guard visited.insert(Identity(status)).inserted else { continue }
            if (status.st_mode & S_IFMT) == S_IFDIR {
                try walk(path, into: &found, visited: &visited)
            } else {
                found.append(path)
            }
        }
        return found
    }

    private static func walk(_ directory: String, into found: inout [String], visited: inout Set<Identity>)
        throws(Diagnostic)
    {
        guard let handle = opendir(directory) else { throw SourceReader.ioDiagnostic(directory, errno) }
        var entries: [(name: String, status: stat)] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") || name.hasPrefix("_") { continue }
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var status = stat()
            guard stat(path, &status) == 0 else { continue }
            entries.append((path, status))
        }
        closedir(handle)
        for entry in entries.sorted(by: { $0.name < $1.name }) {
            let isDirectory = (entry.status.st_mode & S_IFMT) == S_IFDIR
            guard isDirectory || entry.name.hasSuffix(".spark") else { continue }
            guard visited.insert(Identity(entry.status)).inserted else { continue }
            if isDirectory {
                try walk(entry.name, into: &found, visited: &visited)
            } else {
                found.append(entry.name)
            }
        }
    }
}
