import SparkModel
import SparkSyntax

/// Writes a world's timeline as an SVG file, for `spark run --timeline` and the REPL's `.timeline`.
enum TimelineFile {
    /// The SVG of what `world` recorded, titled with `name` (the scripts run).
    static func svg(of world: World, name: String) -> String {
        TimelineSVG(chart: TimelineChart(entries: world.timeline, now: world.now), name: name).text
    }

    /// Writes it whole or not at all. Codes appear masked only, so the file is readable by all.
    static func write(_ world: World, name: String, to path: String) throws(Diagnostic) {
        do { try AtomicFile.write(svg(of: world, name: name), to: path, mode: 0o644) } catch {
            throw Diagnostic(.error, "cannot write `\(path)`: \(error.reason)")
        }
    }
}
