import ArgumentParser
import SparkModel
import SparkRuntime
import SparkSyntax

/// `spark run FILE...`: runs scripts in one world, in order.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run scripts against a simulated world.",
        discussion: """
            The files run in order in one world, as if concatenated; `-` reads standard input. \
            Runs are reproducible: the clock starts at 2026-01-01T00:00Z and codes come from a \
            fixed seed unless --start or --seed say otherwise. Every statement prints one result \
            line; the first runtime error stops the run. A failed `expect` is reported and the \
            run goes on, so one run reports every failed expectation.

            Exit status: 0 success, 1 a runtime error or failed expectation, 65 syntax errors \
            (nothing runs), 74 a file that cannot be read or output that cannot be written, 64 \
            usage.
            """)

    @Argument(help: "Scripts to run; `-` reads standard input.", completion: .file(extensions: ["spark"]))
    var files: [String] = []

    @OptionGroup var world: WorldOptions

    @Flag(name: .shortAndLong, help: "Print only diagnostics and failed expectations.")
    var quiet = false

    @Option(help: "Output format: text for people, json for one JSON object per line.")
    var format: OutputFormat = .text

    @Option(help: "Colour diagnostics: auto (on a terminal, unless NO_COLOR is set), always, never.")
    var color: ColorChoice = .auto

    @Option(
        help: ArgumentHelp(
            "Also draw what happened to each code and campaign as an SVG timeline in this file.",
            valueName: "file.svg"),
        completion: .file(extensions: ["svg"]))
    var timeline: String?

    func validate() throws {
        if files.isEmpty {
            throw ValidationError("give at least one script to run, or `-` for standard input")
        }
    }

    func run() throws {
        var options = try world.scriptOptions()
        options.recordsTimeline = timeline != nil
        try Self.run(
            files: files, options: options, quiet: quiet, format: format, color: color, timeline: timeline)
    }

    /// The run itself, shared by ArgumentParser's path and the fast path of `Spark.main`.
    static func run(
        files: [String], options: SessionOptions, quiet: Bool, format: OutputFormat, color: ColorChoice,
        timeline: String? = nil
    ) throws {
        let printer = DiagnosticPrinter(color: color)
        var sources: [SourceFile] = []
        for path in files {
            do { sources.append(try SourceReader.read(path)) } catch {
                printer.print(error)
                throw ExitStatus.ioError
            }
        }
        let output = OutputBuffer(descriptor: 1)
        defer { output.flush() }
        let sink: RecordSink =
            switch format {
            case .text: TextReporter(output: output, printer: printer, quiet: quiet)
            case .json: JSONReporter(output: output, quiet: quiet)
            }
        let session = Session(options: options, reader: FileScriptReader(), sink: sink)
        let outcome = WideStackThreads.run { session.run(sources) }
        output.flush()
        if let timeline {
            do {
                try TimelineFile.write(session.world, name: files.joined(separator: " "), to: timeline)
            } catch {
                printer.print(error)
                throw ExitStatus.ioError
            }
        }
        switch outcome {
        case .succeeded: return
        case .failed: throw ExitStatus.failure
        case .invalid: throw ExitStatus.dataError
        }
    }
}
