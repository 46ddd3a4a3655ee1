import SparkInteractive

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the learner stopped, kept between runs so `spark tutorial` resumes at the same step.
struct TutorialProgressFile {
    /// Nil: no home to keep it in; progress lasts for this run only.
    let path: String?

    /// `SPARK_TUTORIAL_FILE` if set (tests), else `tutorial` in the state directory (see `StateFile`).
    static func defaultPath(environment: (String) -> String? = Terminal.environment) -> String? {
        StateFile.path(named: "tutorial", override: "SPARK_TUTORIAL_FILE", environment: environment)
    }

    /// The saved position; nil when there is none or it cannot be read (the tutorial starts afresh).
    func load() -> TutorialPosition? {
        guard let path, let file = try? SourceReader.read(path) else { return nil }
        return TutorialPosition(text: String(decoding: file.bytes, as: UTF8.self))
    }

    /// Saves `position` whole (a kill mid-save keeps the old file); the reason if it failed.
    func save(_ position: TutorialPosition) -> String? {
        guard let path else { return nil }
        StateFile.createDirectories(containing: path)
        do {
            try AtomicFile.write(position.text, to: path, mode: 0o644)
            return nil
        } catch {
            return "cannot save the tutorial's progress to `\(path)`: \(error.reason)"
        }
    }

    /// `--restart`: forget the progress.
    func remove() {
        guard let path else { return }
        _ = unlink(path)
    }
}
