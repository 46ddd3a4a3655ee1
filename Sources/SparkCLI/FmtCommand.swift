import ArgumentParser
import SparkSyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `spark fmt [--check] [--in-place] [FILE...|-]`: the canonical layout (`SourceFormatter`).
struct FmtCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Format scripts in the canonical layout.",
        discussion: """
            Indents blocks, campaign fields and lists by two spaces, puts one space between \
            tokens, keeps at most one blank line and ends the file with a line break. Only \
            whitespace changes: comments stay where they are, statements joined with `;` stay on \
            their line, CRLF files stay CRLF. Without a file (or with `-`) it reads standard input \
            and writes the result to standard output; with files, it writes each formatted file \
            to standard output unless --in-place or --check. A directory stands for every .spark \
            file under it. A file with syntax errors is left untouched and its diagnostics are \
            printed. Exit status: 0 formatted (or already formatted), 1 with --check when a file \
            would change (each is named), 65 syntax errors, 74 a file that cannot be read or \
            written, 64 usage.
            """)

    @Flag(help: "Change nothing; name each file that is not formatted and exit 1 if there is one.")
    var check = false

    @Flag(name: .customLong("in-place"), help: "Write the formatted text back to each file.")
    var inPlace = false

    @Argument(help: "Scripts or directories to format; none or `-` reads standard input.")
    var files: [String] = []

    @Option(help: "Colour diagnostics: auto (on a terminal, unless NO_COLOR is set), always, never.")
    var color: ColorChoice = .auto

    func validate() throws {
        if check && inPlace { throw ValidationError("--check and --in-place cannot be used together") }
        if inPlace && (files.isEmpty || files.contains("-")) {
            throw ValidationError("--in-place needs files: standard input has nowhere to be written back")
        }
    }

    func run() throws {
        let printer = DiagnosticPrinter(color: color)
        let output = OutputBuffer(descriptor: 1)
        defer { output.flush() }
        var outcome = FmtOutcome()
        let paths: [String]
        do {
            paths =
                files.isEmpty
                ? ["-"] : try ScriptFinder.find(files.filter { $0 != "-" }) + files.filter { $0 == "-" }
        } catch {
            printer.print(error)
            throw ExitStatus.ioError
        }
        for path in paths {
            formatOne(path, printer: printer, output: output, outcome: &outcome)
        }
        output.flush()
        if outcome.unreadable { throw ExitStatus.ioError }
        if outcome.syntaxErrors { throw ExitStatus.dataError }
        if check && !outcome.unformatted.isEmpty {
            let noun = outcome.unformatted.count == 1 ? "file is" : "files are"
            Terminal.writeError("spark: \(outcome.unformatted.count) \(noun) not formatted\n")
            throw ExitStatus.failure
        }
    }

    private func formatOne(
        _ path: String, printer: DiagnosticPrinter, output: OutputBuffer, outcome: inout FmtOutcome
    ) {
        let file: SourceFile
        do {
            file = try SourceReader.read(path)
        } catch {
            printer.print(error)
            outcome.unreadable = true
            return
        }
        switch SourceFormatter.format(file) {
        case .refused(let diagnostics):
            for diagnostic in diagnostics { printer.print(diagnostic) }
            outcome.syntaxErrors = true
            if !check && !inPlace { output.write(String(decoding: file.bytes, as: UTF8.self)) }
        case .formatted(let bytes):
            if check {
                if bytes != file.bytes {
                    output.writeLine(file.path)
                    outcome.unformatted.append(file.path)
                }
            } else if inPlace {
                guard bytes != file.bytes else { return }
                do throws(Diagnostic) {
                    try FmtCommand.write(bytes, to: path)
                } catch {
                    printer.print(error)
                    outcome.unreadable = true
                }
            } else {
                output.write(String(decoding: bytes, as: UTF8.self))
            }
        }
    }

    /// Replaces the file whole (a temporary file renamed over it), keeping its permissions.
    static func write(_ bytes: [UInt8], to path: String) throws(Diagnostic) {
        let text = String(decoding: bytes, as: UTF8.self)
        guard Array(text.utf8) == bytes else {
            throw Diagnostic(.error, "cannot write `\(path)`: it is not UTF-8 text")
        }
        var status = stat()
        let mode = stat(path, &status) == 0 ? status.st_mode & 0o7777 : 0o644
        do {
            try AtomicFile.write(text, to: path, mode: mode)
        } catch {
            throw Diagnostic(.error, "cannot write `\(path)`: \(error.reason)")
        }
    }
}

/// What `spark fmt` found over all its files.
struct FmtOutcome {
    var unreadable = false
    var syntaxErrors = false
    /// With --check: the files that would change.
    var unformatted: [String] = []
}
