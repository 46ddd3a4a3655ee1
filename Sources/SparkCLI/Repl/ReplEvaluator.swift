import SparkInteractive
import SparkModel

/// What the REPL needs from an interpreter session.
protocol ReplEvaluator: AnyObject {
    /// Is this (possibly multi-line) input unfinished: an open `{`, `[` or string? Then the REPL
    /// asks for another line.
    func isIncomplete(_ source: String) -> Bool
    /// Runs the input, printing its results and diagnostics itself (flushed before it returns).
    /// Never ends the session.
    func evaluate(_ source: String)
    /// Names the completer may offer right now (handles, brands, bindings, video ids, campaign
    /// names). Asked on every Tab: keep the lists sorted so that building it stays cheap.
    var vocabulary: CompletionVocabulary { get }
    /// The simulated date shown in the prompt, e.g. "2026-01-01".
    var promptDate: String { get }
    /// `.reset`: a fresh world and no bindings.
    func reset()
    /// `.load FILE`: runs a script into the session; returns false if it failed (already reported).
    func load(path: String) -> Bool
    /// `.save FILE`: the session's successful statements, as a replayable script.
    var transcript: String { get }
    /// `.timeline FILE.svg`: the session's codes and campaigns, drawn.
    var timelineSVG: String { get }
}

extension ReplEvaluator {
    /// An evaluator without a world to draw draws an empty timeline.
    var timelineSVG: String {
        TimelineSVG(chart: TimelineChart(entries: [], now: Instant(seconds: 0)), name: "the session").text
    }
}
