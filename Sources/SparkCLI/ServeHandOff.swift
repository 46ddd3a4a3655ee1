#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `spark serve ...` becomes `spark-serve ...`, found beside the running `spark`: the same process
/// (same pid, same standard streams), so a test that started `spark serve` can signal it.
enum ServeHandOff {
    static let binaryName = "spark-serve"

    /// Replaces this process with `spark-serve`; returns only on failure, saying why.
    static func execServeBinary() -> String {
        let path = directoryOfThisExecutable() + "/" + binaryName
        guard access(path, X_OK) == 0 else {
            return "\(path) is missing: build it with `swift build --product spark-serve`"
        }
        let arguments = [path] + serveArguments()
        var pointers = arguments.map { strdup($0) }
        pointers.append(nil)
        execv(path, pointers)
        let reason = String(cString: strerror(errno))
        for pointer in pointers { free(pointer) }
        return "cannot run \(path): \(reason)"
    }

    /// The arguments after the `serve` word (all of them when there is none: `spark-serve ...`).
    static func serveArguments() -> [String] {
        let arguments = Array(CommandLine.arguments.dropFirst())
        return arguments.first == "serve" ? Array(arguments.dropFirst()) : arguments
    }

    private static func directoryOfThisExecutable() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let path =
            count > 0
            ? String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            : CommandLine.arguments.first ?? "."
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }
}
