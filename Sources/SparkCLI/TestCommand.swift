import ArgumentParser
import Dispatch
import SparkInteractive
import SparkModel
import SparkRuntime
import SparkSyntax

/// `spark test [PATH...]`: every `.spark` file is a scenario; each `expect` is a check.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run scenario scripts as tests, each in a fresh world.",
        discussion: """
            Finds .spark files under the paths (default: the current directory), skipping names \
            that start with `_` or `.` (keep shared set-up for `include` there). Files run in \
            parallel, each in its own world; output comes in path order. A file passes when it \
            runs to the end with every `expect` holding. The last line is `N passed, N failed`.

            Exit status: 0 when every file passes, 1 otherwise, 74 when a path cannot be read or \
            the report or output cannot be written.
            """)

    @Argument(help: "Files or directories to search for .spark files.")
    var paths: [String] = ["."]

    @OptionGroup var world: WorldOptions

    @Option(name: .customLong("junit"), help: "Also write a JUnit XML report to this file.")
    var junitPath: String?

    @Option(help: "Colour diagnostics: auto (on a terminal, unless NO_COLOR is set), always, never.")
    var color: ColorChoice = .auto

    func run() throws {
        let printer = DiagnosticPrinter(color: color)
        let scripts: [String]
        do { scripts = try ScriptFinder.find(paths) } catch {
            printer.print(error)
            throw ExitStatus.ioError
        }
        let options = try world.scriptOptions()
        let results = Self.runAll(scripts, options: options)
        let summary = TestSummaryPrinter(printer: printer, colors: color.enabled(forDescriptor: 1))
        summary.print(results)
        if let junitPath {
            do { try JUnitReport(results: results).write(to: junitPath) } catch {
                printer.print(error)
                throw ExitStatus.ioError
            }
        }
        if results.contains(where: { !$0.passed }) { throw ExitStatus.failure }
    }

    /// Runs scenarios on every core, on threads with stack enough for the deepest script spark
    /// accepts; results come back in the order of `scripts`.
    static func runAll(_ scripts: [String], options: SessionOptions) -> [ScenarioResult] {
        let slots = ResultSlots(count: scripts.count)
        WideStackThreads.forEach(scripts.count) { index in
            slots.store(ScenarioResult.run(path: scripts[index], options: options), at: index)
        }
        return slots.results
    }
}

/// One slot per scenario, written from worker threads. Each index is written exactly once, by one
/// thread, and read only after the threads are joined, so a lock guards nothing but the array.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [ScenarioResult?]
    private let lock = DispatchSemaphore(value: 1)

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ result: ScenarioResult, at index: Int) {
        lock.wait()
        slots[index] = result
        lock.signal()
    }

    var results: [ScenarioResult] { slots.compactMap { $0 } }
}
