import ArgumentParser
import Dispatch
import SparkModel

/// `spark test [PATH...]`: every `.spark` file is a scenario; each `expect` is a check.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run scenario scripts as tests, each in a fresh world.",
        discussion: """
            Finds .spark files under the paths (default: the current directory), skipping names \
            that start with `_` or `.` (keep shared set-up for `include` there); `-` is one \
            scenario read from standard input. Files run in parallel (--jobs), each in its own \
            world; output comes in path order. A file passes when it runs to the end with every \
            `expect` holding. The text report ends with `N passed, N failed`; --format tap, json \
            or junit print a report for CI instead, and --junit FILE writes the JUnit one as well.

            Exit status: 0 when every file passes, 1 when one fails or no scenario was found, \
            64 for a path that does not exist or a bad option, 74 when a path cannot be read or the \
            report or output cannot be written.
            """)

    @Argument(
        help: "Files or directories to search for .spark files; `-` reads one scenario from standard input.",
        completion: .file(extensions: ["spark"]))
    var paths: [String] = ["."]

    @OptionGroup var world: WorldOptions

    @Option(
        help: ArgumentHelp(
            "Run the scenarios whose path contains PATTERN, and in the others only the expectations "
                + "whose source text contains it.", valueName: "pattern"))
    var filter: String?

    @Option(help: "Run at most N scenarios at once (default: the number of cores).")
    var jobs: Int?

    @Flag(help: "Start no scenario after one has failed.")
    var failFast = false

    @Option(help: "Report format: text, tap (TAP version 14), json (a JSON object per line), junit (XML).")
    var format: TestReportFormat = .text

    @Option(
        name: .customLong("junit"), help: "Also write a JUnit XML report to this file.",
        completion: .file(extensions: ["xml"]))
    var junitPath: String?

    @Flag(help: "After the summary, how many statements exercised each of the guide's 22 rules.")
    var coverage = false

    @Option(help: "Colour diagnostics: auto (on a terminal, unless NO_COLOR is set), always, never.")
    var color: ColorChoice = .auto

    func validate() throws {
        if let jobs, jobs < 1 {
            throw ValidationError("`--jobs \(jobs)` is not a number of jobs: give 1 or more")
        }
        if let filter, filter.isEmpty {
            throw ValidationError("`--filter` needs a pattern: part of a path or of an `expect`")
        }
    }

    func run() throws {
        let printer = DiagnosticPrinter(color: color)
        let scripts: [String]
        do { scripts = try TestScripts.find(paths) } catch {
            switch error {
            case .missing(let path):
                Terminal.writeError("error: no such file or directory: `\(path)`\n")
                throw ExitStatus.usage
            case .unreadable(let diagnostic):
                printer.print(diagnostic)
                throw ExitStatus.ioError
            }
        }
        guard !scripts.isEmpty else {
            Terminal.writeError("error: \(TestScripts.nothingFound(in: paths))\n")
            throw ExitStatus.failure
        }
        let runner = TestRunner(
            jobs: jobs ?? TestScripts.cores, failFast: failFast, filter: filter.map(TestFilter.init),
            options: try world.scriptOptions())
        let outcome = runner.run(scripts)
        if let filter, outcome.results.isEmpty {
            Terminal.writeError(
                "error: no scenario matches `--filter \(filter)`: none of the \(scripts.count) files found has it "
                    + "in its path or in an `expect`\n")
            throw ExitStatus.failure
        }
        try report(outcome, printer: printer)
        if outcome.results.contains(where: { !$0.passed }) { throw ExitStatus.failure }
    }

    private func report(_ outcome: TestRunner.Outcome, printer: DiagnosticPrinter) throws {
        let results = outcome.results
        let total = coverage ? results.reduce(RuleCoverage()) { $0 + $1.coverage } : nil
        let output = OutputBuffer(descriptor: 1)
        switch format {
        case .text:
            TestSummaryPrinter(printer: printer, colors: color.enabled(forDescriptor: 1)).print(results)
            if outcome.notRun > 0 {
                output.writeLine("--fail-fast: stopped at the first failure, \(outcome.notRun) not run")
            }
            if let total { output.write(RuleCoverageReport(coverage: total).text) }
        case .tap:
            output.write(TAPReport(results: results, notRun: outcome.notRun).text)
            if let total { output.write(RuleCoverageReport(coverage: total).tapComments) }
        case .json:
            for line in JSONTestReport(results: results, notRun: outcome.notRun, coverage: total).lines {
                output.writeLine(line)
            }
        case .junit:
            output.write(JUnitReport(results: results).xml)
            if let total { Terminal.writeError(RuleCoverageReport(coverage: total).text) }
        }
        output.flush()
        if let junitPath {
            do { try JUnitReport(results: results).write(to: junitPath) } catch {
                printer.print(error)
                throw ExitStatus.ioError
            }
        }
    }
}
