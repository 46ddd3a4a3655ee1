#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `spark-bench hostile [N] [SPARK]`: the inputs of issue 12 that were quadratic, each timed at N
/// and 4N through the `spark` binary (beside spark-bench unless given), end to end as a user runs
/// them. Linear work takes about 4× as long at 4N; a case is flagged when it takes more than 5×.
enum HostileBenchmark {
    struct Case: Sendable {
        let name: String
        let arguments: @Sendable (String) -> [String]
        let script: @Sendable (Int) -> String
    }

    static let cases: [Case] = [
        Case(
            name: "check, N syntax errors", arguments: { ["check", $0] },
            script: { count in
                String(repeating: "show [\n", count: count)
            }),
        Case(
            name: "run --format json, N lines", arguments: { ["run", "--format", "json", $0] },
            script: { count in
                String(repeating: "now\n", count: count)
            }),
        Case(
            name: "run, N failing expects", arguments: { ["run", $0] },
            script: { count in
                "creator @alice\n" + String(repeating: "expect @alice is ads-enabled\n", count: count)
            }),
        Case(
            name: "test --junit, N checks", arguments: { ["test", "--junit", $0 + ".xml", $0] },
            script: { count in
                "creator @alice\n" + String(repeating: "expect @alice is not ads-enabled\n", count: count)
            }),
        Case(
            name: "check, 10N `}` on one line", arguments: { ["check", $0] },
            script: { count in
                String(repeating: "}", count: 10 * count) + "\n"
            }),
    ]

    static func run(_ arguments: [String]) {
        let count = arguments.first.flatMap { Int($0) } ?? 10_000
        let spark = arguments.count > 1 ? arguments[1] : besideSelf("spark")
        var template = Array("/tmp/spark-bench-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkdtemp($0) != nil } ?? false
        }
        guard made else {
            print("spark-bench: cannot make a scratch directory")
            return
        }
        let scratch = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { removeTree(scratch) }
        print(
            "\(BenchText.pad("case", 30)) \(BenchText.pad("N=\(count)", 12)) \(BenchText.pad("4N", 12)) ratio"
        )
        var flagged = false
        for item in cases {
            let small = time(item, count: count, spark: spark, in: scratch)
            let large = time(item, count: 4 * count, spark: spark, in: scratch)
            let ratio = large / max(small, 1e-6)
            flagged = flagged || ratio > 5
            print(
                BenchText.pad(item.name, 30) + " " + BenchText.pad(BenchText.fixed(small, 3) + " s", 12) + " "
                    + BenchText.pad(BenchText.fixed(large, 3) + " s", 12) + " " + BenchText.fixed(ratio, 1)
                    + "×"
                    + (ratio > 5 ? "  (more than 5×)" : ""))
        }
        if flagged { exit(1) }
    }

    /// Seconds for one run of `spark` on the case's script of `count`, output to /dev/null.
    private static func time(_ item: Case, count: Int, spark: String, in scratch: String) -> Double {
        let path = scratch + "/case-\(count).spark"
        guard let stream = fopen(path, "w") else { return 0 }
        fputs(item.script(count), stream)
        fclose(stream)
        let start = now()
        spawnQuietly([spark] + item.arguments(path))
        return now() - start
    }

    private static func spawnQuietly(_ arguments: [String]) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv = arguments.map { strdup($0) }
        argv.append(nil)
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else {
            print("spark-bench: cannot run \(arguments[0])")
            return
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }

    private static func besideSelf(_ name: String) -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return name }
        let path = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let slash = path.lastIndex(of: "/") else { return name }
        return String(path[...slash]) + name
    }

    private static func removeTree(_ directory: String) {
        guard let handle = opendir(directory) else { return }
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { unlink(directory + "/" + name) }
        }
        closedir(handle)
        rmdir(directory)
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
