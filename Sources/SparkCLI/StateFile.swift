#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Files spark keeps between runs (the REPL's history, the tutorial's progress), in the XDG state
/// directory.
enum StateFile {
    /// The variable `override` if set (tests use it), else `$XDG_STATE_HOME/spark/NAME` (when that
    /// is an absolute path, as the XDG spec requires), else `~/.local/state/spark/NAME`; nil without
    /// a home.
    static func path(
        named name: String, override: String, environment: (String) -> String? = Terminal.environment
    ) -> String? {
        if let path = environment(override), !path.isEmpty { return path }
        if let state = environment("XDG_STATE_HOME"), state.hasPrefix("/") {
            return state + "/spark/" + name
        }
        if let home = environment("HOME"), !home.isEmpty { return home + "/.local/state/spark/" + name }
        return nil
    }

    /// Creates the directories above `path`, private to the user (mode 0700): the files hold codes.
    static func createDirectories(containing path: String) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        var directory = ""
        for (index, part) in parts.enumerated() {
            directory += index == 0 ? String(part) : "/" + part
            if directory.isEmpty || part.isEmpty || part == "." { continue }
            _ = mkdir(directory, 0o700)
        }
    }
}
