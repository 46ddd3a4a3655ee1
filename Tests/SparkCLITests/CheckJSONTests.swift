import Foundation
import Testing

/// `spark check --format json`: one object per diagnostic on standard output, with its range's end.
@Suite struct CheckJSONTests {
    @Test func eachDiagnosticIsOneJSONObjectWithTheEndOfItsRange() throws {
        let directory = try ScratchDirectory()
        let file = try directory.write("two.spark", "show c\nautorize video 42\n")
        let result = try SparkBinary.run(["check", "--format", "json", file.path])
        #expect(result.status == 65)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let objects = try lines.map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let warning = try #require(objects.first)
        #expect(warning["type"] as? String == "diagnostic")
        #expect(warning["severity"] as? String == "warning")
        #expect(warning["file"] as? String == file.path)
        #expect(warning["line"] as? Int == 1 && warning["column"] as? Int == 6)
        #expect(warning["endLine"] as? Int == 1 && warning["endColumn"] as? Int == 7)
        let error = try #require(objects.last)
        #expect(error["severity"] as? String == "error")
        #expect(error["line"] as? Int == 2 && error["column"] as? Int == 1)
        #expect(error["endLine"] as? Int == 2 && error["endColumn"] as? Int == 9)
        #expect(error["help"] as? String == "did you mean `authorize`?")
        #expect(error["notes"] is [String])
        // Standard error keeps only the summary line.
        #expect(result.stderr == "spark: 1 error\n")
    }

    @Test func anUnreadableFileIsADiagnosticObjectWithoutAPlace() throws {
        let result = try SparkBinary.run(["check", "--format", "json", "/nonexistent.spark"])
        #expect(result.status == 74)
        let object = try #require(
            JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["severity"] as? String == "error")
        #expect(object["line"] == nil && object["endLine"] == nil)
    }

    @Test func aCleanFilePrintsNothing() throws {
        let result = try SparkBinary.run(["check", "--format", "json", "-"], script: "now\n")
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty && result.stderr.isEmpty)
    }
}
