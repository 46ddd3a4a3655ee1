import Foundation
import Testing

/// README's picture of the modules ("Layout") says what each target imports; Package.swift is the
/// truth, read through `swift package dump-package`.
@Suite struct ReadmeLayoutTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `NAME -> A, B` lines of README's Layout section, as sets.
    static func readmeImports() throws -> [String: Set<String>] {
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        var imports: [String: Set<String>] = [:]
        let layout = readme.components(separatedBy: "## Layout").dropFirst().first ?? ""
        for line in layout.split(separator: "\n") where line.contains(" ->") {
            let parts = line.components(separatedBy: "->")
            let name = parts[0].trimmingCharacters(in: .whitespaces)
            let targets = parts[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            imports[name] = Set(targets.filter { !$0.isEmpty })
        }
        return imports
    }

    /// Each non-test target's dependencies, from the package manager itself.
    static func packageImports() throws -> [String: Set<String>] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // A scratch path of its own: the running `swift test` holds the lock on `.build`.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "spark-dump-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        process.arguments = [
            "swift", "package", "--package-path", root.path, "--scratch-path", scratch.path, "dump-package",
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let package = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let targets = try #require(package["targets"] as? [[String: Any]])
        var imports: [String: Set<String>] = [:]
        for target in targets where target["type"] as? String != "test" {
            guard let name = target["name"] as? String else { continue }
            let dependencies = target["dependencies"] as? [[String: [Any]]] ?? []
            imports[name] = Set(dependencies.compactMap { $0.values.first?.first as? String })
        }
        return imports
    }

    @Test func theModulePictureIsTrueToThePackage() throws {
        let readme = try Self.readmeImports()
        #expect(readme.count >= 10, "README's Layout lists \(readme.count) modules")
        #expect(readme == (try Self.packageImports()))
    }
}
