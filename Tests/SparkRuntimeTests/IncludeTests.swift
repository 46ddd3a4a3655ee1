import SparkRuntime
import SparkSyntax
import Testing

@Suite struct IncludeTests {
    @Test func includesAreRelativeToTheIncludingFile() {
        var harness = ScriptHarness()
        harness.files["dir/_setup.spark"] = "creator @alice\ninclude \"more/_brand.spark\""
        harness.files["dir/more/_brand.spark"] = "brand acme"
        let run = harness.run("include \"_setup.spark\"\nshow acme", path: "dir/main.spark")
        #expect(run.outcome == .succeeded)
        guard case .card(.brand(let brand, _, _)) = run.results.last else {
            Issue.record("show acme gave \(String(describing: run.results.last))")
            return
        }
        #expect(brand.name == "acme")
    }

    @Test func aCycleIsADiagnosticAtTheInclude() {
        var harness = ScriptHarness()
        harness.files["a.spark"] = "include \"./b.spark\""
        harness.files["b.spark"] = "include \"a.spark\""
        let run = harness.run("include \"a.spark\"", path: "main.spark")
        #expect(run.outcome == .failed)
        #expect(run.errors.first?.message == "`a.spark` includes itself")
        #expect(run.errors.first?.file?.path == "b.spark")
    }

    @Test func aMissingFileIsADiagnosticAtTheInclude() {
        let run = ScriptHarness().run("creator @alice\ninclude \"nowhere.spark\"")
        #expect(run.outcome == .failed)
        let error = run.errors.first
        #expect(error?.message.hasPrefix("cannot read `nowhere.spark`") == true)
        #expect(error?.file?.path == "main.spark")
        let line = error.flatMap { found in found.range.flatMap { found.file?.location(of: $0).line } }
        #expect(line == 2)
    }

    @Test func syntaxErrorsInAnIncludedFileAreReported() {
        var harness = ScriptHarness()
        harness.files["bad.spark"] = "creator alice"
        let run = harness.run("include \"bad.spark\"")
        #expect(run.outcome == .failed)
        #expect(run.errors.first?.file?.path == "bad.spark")
    }
}
