import Foundation
import Testing

/// Inputs the fuzzer (`make fuzz`) found crashing, hanging or leaking, kept as they were found in
/// Fixtures/fuzz-regressions: `spark check` and `spark run` must each finish with a documented exit
/// code and no crash.
@Suite struct FuzzRegressionTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz-regressions")

    static var inputs: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".spark") }.sorted()
    }

    @Test func thereAreRegressionInputs() {
        #expect(!Self.inputs.isEmpty)
    }

    @Test(arguments: inputs)
    func checkAndRunFinishCleanly(_ name: String) throws {
        let path = Self.directory.appendingPathComponent(name).path
        for command in ["check", "run"] {
            let start = Date()
            let result = try SparkBinary.run(
                [command, "--quiet", path].filter { command == "run" || $0 != "--quiet" })
            #expect(
                [0, 1, 65].contains(result.status), "\(command) \(name): \(result.status) \(result.stderr)")
            #expect(!result.stderr.contains("Fatal error"), "\(command) \(name)")
            #expect(Date().timeIntervalSince(start) < 10, "\(command) \(name) took too long")
        }
    }
}
