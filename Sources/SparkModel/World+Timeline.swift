/// The timeline: what happened to codes and campaigns, and when, kept only when asked for.
extension World {
    /// Starts keeping timeline entries (`spark run --timeline`, the REPL's `.timeline`). Off by
    /// default: a run that draws nothing pays nothing.
    public func recordTimeline() {
        if timelineLog == nil { timelineLog = [] }
    }

    /// Everything recorded since `recordTimeline()`, oldest first; empty when not recording.
    public var timeline: [TimelineEntry] { timelineLog ?? [] }

    /// Adds an entry when recording; a rollback takes it out again.
    func note(_ kind: TimelineEntry.Kind, at instant: Instant) {
        guard timelineLog != nil else { return }
        undoLog.logAppend(.timelineEntryAdded)
        timelineLog?.append(TimelineEntry(at: instant, kind: kind))
    }

    /// The undo of `note`.
    func removeLastTimelineEntry() {
        _ = timelineLog?.popLast()
    }

    /// Notes the current toggle of each of an account's videos that have codes, after the
    /// account-level toggle changed.
    func noteToggles(of account: Int32) {
        guard timelineLog != nil else { return }
        let enabled = accounts[Int(account)].adsEnabled
        for post in postsByOwner[Int(account)] where !codesByPost[Int(post)].isEmpty {
            note(
                .videoToggle(video: posts[Int(post)].id, on: enabled && posts[Int(post)].isAuthorized),
                at: clock)
        }
    }
}
