import ArgumentParser

/// The exit codes spark documents (README "Exit codes"), after sysexits.h.
enum ExitStatus {
    /// A scenario failed: a runtime error or a failed `expect`.
    static let failure = ExitCode(1)
    /// A bad option or argument, or a path that does not exist.
    static let usage = ExitCode(64)
    /// The input is not a valid spark script: syntax or static errors.
    static let dataError = ExitCode(65)
    /// A file could not be read or written.
    static let ioError = ExitCode(74)
}
