import Foundation
import SparkSyntax
import Testing

@testable import SparkCLI

/// The two-thread check reports exactly what the sequential parse reports, in the same order.
@Suite struct ParallelCheckTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let syntaxFixtures = repositoryRoot.appendingPathComponent("Tests/SparkSyntaxTests/Fixtures")

    /// Asserts what `spark check` reports with any file split (threshold 0) equals the sequential
    /// parse, whichever path it took, and returns whether the two-thread path was taken (false: it
    /// fell back). Callers that need the split itself assert the result, so that a check that
    /// always declined could not pass unnoticed.
    @discardableResult
    func expectSame(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let file = SourceFile(path: "p.spark", text: text)
        let sequential = SplitCheck.sequentialDiagnostics(of: file)
        #expect(
            ParallelCheck.diagnostics(of: file, threshold: 0) == sequential, sourceLocation: sourceLocation)
        guard let parallel = ParallelCheck.parallelDiagnostics(of: file) else { return false }
        #expect(parallel == sequential, sourceLocation: sourceLocation)
        return true
    }

    static let workload: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "spark-parallel-\(getpid()).spark"
        ).path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let generator = repositoryRoot.appendingPathComponent("Benchmarks/gen_workload.py").path
        process.arguments = ["python3", generator, "80000", path]
        do {
            try process.run()
            process.waitUntilExit()
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try? FileManager.default.removeItem(atPath: path)
            return text
        } catch {
            return ""
        }
    }()

    /// The generated script's lines, with `line` put in at `fraction` of the way through.
    func workload(inserting line: String, at fraction: Double) -> String {
        var lines = ParallelCheckTests.workload.split(separator: "\n", omittingEmptySubsequences: false)
        let index = min(lines.count, max(0, Int(Double(lines.count) * fraction)))
        lines.insert(Substring(line), at: index)
        return lines.joined(separator: "\n")
    }

    @Test func fixtures() throws {
        let enumerator = FileManager.default.enumerator(atPath: ParallelCheckTests.syntaxFixtures.path)
        var count = 0
        var split = 0
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".spark") else { continue }
            let text = try String(
                contentsOf: ParallelCheckTests.syntaxFixtures.appendingPathComponent(path), encoding: .utf8)
            if expectSame(text) { split += 1 }
            count += 1
        }
        #expect(count > 0)
        #expect(split > 0, "no fixture took the two-thread path")
    }

    @Test func grammarExamples() throws {
        let grammar = try String(
            contentsOf: ParallelCheckTests.repositoryRoot.appendingPathComponent("Grammar.md"),
            encoding: .utf8)
        var examples: [String] = []
        var current: [Substring]?
        for line in grammar.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                if let lines = current {
                    examples.append(lines.joined(separator: "\n"))
                    current = nil
                } else {
                    current = []
                }
            } else if current != nil {
                current?.append(line)
            }
        }
        #expect(!examples.isEmpty)
        for example in examples { expectSame(example) }
        expectSame(examples.joined(separator: "\n"))
    }

    @Test func generatedScriptIsSplit() {
        #expect(ParallelCheckTests.workload.utf8.count > 4_000_000)
        #expect(expectSame(ParallelCheckTests.workload))
        let file = SourceFile(path: "w.spark", text: ParallelCheckTests.workload)
        #expect(ParallelCheck.diagnostics(of: file).isEmpty)
        let small = SourceFile(path: "s.spark", text: "creator @a\nshow nobody\n")
        #expect(
            ParallelCheck.diagnostics(of: small, threshold: 0)
                == SplitCheck.sequentialDiagnostics(of: small))
    }

    @Test(arguments: [0.0, 0.4999, 0.5, 0.5001, 1.0])
    func injectedErrors(at fraction: Double) {
        expectSame(workload(inserting: "post video \"x\" by", at: fraction))
        let split = expectSame(workload(inserting: "autorize", at: fraction))
        #expect(split || (fraction > 0.4 && fraction < 0.6))
        if fraction == 0.5 {
            expectSame(workload(inserting: "show nobody", at: fraction))
            expectSame(workload(inserting: "let x = ", at: fraction))
        }
    }

    @Test func bindingAcrossTheCut() {
        let lines = (0..<400).map { "let name\($0) = 1" } + (0..<400).map { "show name\($0)" }
        #expect(expectSame(lines.joined(separator: "\n")))
        let file = SourceFile(path: "b.spark", text: lines.joined(separator: "\n"))
        #expect(ParallelCheck.parallelDiagnostics(of: file)?.isEmpty == true)
    }

    @Test func unboundInTheSecondHalf() {
        let lines =
            (0..<1200).map { "let name\($0) = 1" } + ["show missing", "nam1", "let late = 2", "show late"]
            + (0..<1200).map { "show name\($0)" } + ["show missing2", "missing3"]
        let text = lines.joined(separator: "\n")
        #expect(expectSame(text))
        let parallel = ParallelCheck.parallelDiagnostics(of: SourceFile(path: "u.spark", text: text)) ?? []
        #expect(parallel.count == 4)
        // Few bindings: the suggestion list is not full, so the check falls back, still the same.
        expectSame(
            (["let a = 1"] + Array(repeating: "show a", count: 50) + ["show b", "c"]).joined(separator: "\n"))
    }

    @Test func includeInTheFirstHalf() {
        let lines = ["include \"other.spark\""] + (0..<400).map { "show name\($0)" } + ["lone"]
        #expect(expectSame(lines.joined(separator: "\n")))
    }

    @Test func campaignBlockStraddlingTheCut() {
        let block =
            ["campaign \"Summer\" by brand0 {"] + Array(repeating: "  budget $100", count: 400) + ["}"]
        expectSame((["brand brand0"] + block + ["show brand0"]).joined(separator: "\n"))
        let body = ["expect error {"] + Array(repeating: "show nobody", count: 400) + ["}", "show nobody"]
        expectSame(body.joined(separator: "\n"))
        let list = ["let l = ["] + Array(repeating: "1,", count: 400) + ["2]", "show l"]
        expectSame(list.joined(separator: "\n"))
    }

    @Test func unterminatedStringNearTheMiddle() {
        for fraction in [0.49, 0.5, 0.51] {
            expectSame(workload(inserting: "post video \"unterminated", at: fraction))
        }
        let lines =
            Array(repeating: "brand b", count: 300) + ["show \"open"]
            + Array(repeating: "brand c", count: 300)
        expectSame(lines.joined(separator: "\n"))
        expectSame(lines.joined(separator: "\r\n"))
    }
}
