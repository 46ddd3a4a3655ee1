import Foundation
import Testing

@testable import SparkSyntax

/// One golden file per statement form: `Fixtures/golden/NAME.spark` parses to `NAME.ast`.
/// `SPARK_UPDATE_GOLDEN=1 swift test ...` rewrites the `.ast` files from the current parser.
@Suite struct GoldenASTTests {
    static let directory = TestSupport.fixtures.appendingPathComponent("golden")

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".spark") }.map { String($0.dropLast(6)) }.sorted()
    }

    @Test func thereIsOnePerForm() {
        #expect(Self.names.count >= 30)
    }

    @Test(arguments: names)
    func matchesGolden(name: String) throws {
        let source = try String(
            contentsOf: Self.directory.appendingPathComponent("\(name).spark"), encoding: .utf8)
        let (statements, diagnostics) = TestSupport.parse(source)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        let dump = TestSupport.dump(statements)
        let goldenURL = Self.directory.appendingPathComponent("\(name).ast")
        if ProcessInfo.processInfo.environment["SPARK_UPDATE_GOLDEN"] == "1" {
            try dump.write(to: goldenURL, atomically: true, encoding: .utf8)
            return
        }
        let golden = try String(contentsOf: goldenURL, encoding: .utf8)
        #expect(
            dump == golden, "\(name).ast differs; rerun with SPARK_UPDATE_GOLDEN=1 after checking the change")
    }
}
