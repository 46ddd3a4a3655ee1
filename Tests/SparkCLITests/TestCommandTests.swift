import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct TestCommandTests {
    func makeProject() throws -> ScratchDirectory {
        let directory = try ScratchDirectory()
        try directory.write("_common/setup.spark", "creator @alice\nenable ad authorization for @alice\n")
        try directory.write(
            "scenarios/good.spark",
            "include \"../_common/setup.spark\"\npost video 42 by @alice\nlet c = authorize video 42\n"
                + "expect c is active\nexpect c is unused\n")
        try directory.write(
            "scenarios/bad.spark",
            "include \"../_common/setup.spark\"\npost video 42 by @alice\nlet c = authorize video 42\n"
                + "expect c is redeemed\nexpect days of c == 30\n")
        try directory.write("scenarios/broken.spark", "creator @alice\nauthorize video 7\n")
        try directory.write("scenarios/typo.spark", "creator @alice\nautorize video 7\n")
        return directory
    }

    @Test func summarisesEachFileAndEndsWithTheCounts() throws {
        let project = try makeProject()
        let result = try SparkBinary.run(["test", "scenarios"], directory: project.url)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "✗ scenarios/bad.spark (1 of 2 checks failed)")
        #expect(lines.contains("✓ scenarios/good.spark (2 checks)"))
        #expect(lines.contains("✗ scenarios/broken.spark (runtime error)"))
        #expect(lines.contains("✗ scenarios/typo.spark (syntax error)"))
        #expect(lines.last == "1 passed, 3 failed")
        #expect(result.stderr.contains("scenarios/bad.spark:4:1: error: expected `c` to be redeemed"))
        #expect(result.stderr.contains("4 | expect c is redeemed"))
        #expect(!result.stdout.contains("setup.spark"))
    }

    @Test func allGreenExitsZero() throws {
        let project = try makeProject()
        let result = try SparkBinary.run(["test", "scenarios/good.spark"], directory: project.url)
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("1 passed, 0 failed\n"))
    }

    @Test func writesAJUnitReportWithACasePerExpectation() throws {
        let project = try makeProject()
        let report = project.url.appendingPathComponent("report.xml")
        _ = try SparkBinary.run(["test", "--junit", report.path, "scenarios"], directory: project.url)
        let document = try XMLDocument(contentsOf: report)
        let suites = try document.nodes(forXPath: "/testsuites/testsuite")
        #expect(suites.count == 4)
        let bad = try #require(
            try document.nodes(forXPath: "//testsuite[@name='scenarios/bad.spark']").first as? XMLElement)
        #expect(bad.attribute(forName: "tests")?.stringValue == "2")
        #expect(bad.attribute(forName: "failures")?.stringValue == "1")
        let cases = try bad.nodes(forXPath: "testcase").compactMap { $0 as? XMLElement }
        #expect(
            cases.map { $0.attribute(forName: "name")?.stringValue } == [
                "line 4: expect c is redeemed", "line 5: expect days of c == 30",
            ])
        let failure = try #require(try cases[0].nodes(forXPath: "failure").first as? XMLElement)
        #expect(
            failure.attribute(forName: "message")?.stringValue?.hasPrefix("expected `c` to be redeemed")
                == true)
        #expect(failure.stringValue?.contains("4 | expect c is redeemed") == true)
        let errors = try document.nodes(
            forXPath: "//testsuite[@name='scenarios/broken.spark']/testcase/error")
        #expect(errors.count == 1)
    }

    @Test func aMissingPathIsAUsageError() throws {
        let result = try SparkBinary.run(["test", "/nonexistent"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("no such file or directory: `/nonexistent`"))
    }
}
