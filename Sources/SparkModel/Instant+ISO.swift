extension Instant {
    /// `2026-12-01T09:30Z`: the form scripts write, for transcripts that `spark run` reads back.
    /// Seconds are dropped (scripts cannot write them); the clock starts on a minute in practice.
    public var isoText: String {
        let text = description  // `2026-12-01 09:30 UTC` or `... 09:30:15 UTC`
        return String(text.prefix(10)) + "T" + String(text.dropFirst(11).prefix(5)) + "Z"
    }
}
