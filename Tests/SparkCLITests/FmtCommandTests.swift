import Foundation
import Testing

/// `spark fmt` end to end: standard input, --check, --in-place, syntax errors.
@Suite struct FmtCommandTests {
    @Test func standardInputIsFormattedToStandardOutput() throws {
        let result = try SparkBinary.run(["fmt"], script: "let x=42\n\n\n  show   x")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "let x = 42\n\nshow x\n")
    }

    @Test func checkNamesTheFilesThatWouldChangeAndExitsOne() throws {
        let directory = try ScratchDirectory()
        let good = try directory.write("good.spark", "now\n")
        let bad = try directory.write("sub/bad.spark", "now  // x\n  now\n")
        let result = try SparkBinary.run(["fmt", "--check", directory.url.path])
        #expect(result.status == 1)
        #expect(result.stdout == bad.path + "\n")
        #expect(result.stderr.contains("1 file is not formatted"))
        #expect(try String(contentsOf: bad, encoding: .utf8) == "now  // x\n  now\n")
        #expect(try SparkBinary.run(["fmt", "--check", good.path]).status == 0)
    }

    @Test func inPlaceRewritesOnlyWhatChangesAndKeepsCRLF() throws {
        let directory = try ScratchDirectory()
        let file = try directory.write("crlf.spark", "let x=1\r\n\r\n\r\n// kept\r\nshow x")
        let result = try SparkBinary.run(["fmt", "--in-place", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try String(contentsOf: file, encoding: .utf8) == "let x = 1\r\n\r\n// kept\r\nshow x\r\n")
        #expect(try SparkBinary.run(["fmt", "--check", file.path]).status == 0)
    }

    @Test func aFileWithSyntaxErrorsIsLeftUntouchedWithItsDiagnostics() throws {
        let directory = try ScratchDirectory()
        let text = "let x=1\nautorize  video 42\n"
        let file = try directory.write("typo.spark", text)
        let result = try SparkBinary.run(["fmt", "--in-place", file.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("typo.spark:2:1: error: unknown statement `autorize`"))
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
    }

    @Test func checkAndInPlaceTogetherIsAUsageError() throws {
        #expect(try SparkBinary.run(["fmt", "--check", "--in-place", "x.spark"]).status == 64)
        #expect(try SparkBinary.run(["fmt", "--in-place"]).status == 64)
    }

    @Test func aMissingFileExits74() throws {
        let result = try SparkBinary.run(["fmt", "/nonexistent/x.spark"])
        #expect(result.status == 74)
        #expect(result.stderr.contains("cannot read `/nonexistent/x.spark`"))
    }

    @Test func theRepositorysScriptsAreFormatted() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let result = try SparkBinary.run(["fmt", "--check", "Scripts", "Lessons"], directory: root)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }
}
