import SparkModel
import SparkSyntax

/// `start`, `advance`, `now`.
extension Interpreter {
    // start DATE: only before anything exists
    func start(_ date: Expression, _ range: SourceRange) throws(Diagnostic) {
        let seconds = try instant(date)
        guard world.accountCount == 0 && world.allBrands().isEmpty else {
            throw error(
                "`start` must come before anything else happens", at: range,
                notes: ["the clock is at \(world.now)"],
                help:
                    "to move the clock later, write `advance to \(Instant(seconds: seconds).description.prefix(10))`"
            )
        }
        if options.startGiven && seconds != options.start {
            let given = Instant(seconds: options.start).isoText
            warn(
                "the script's `start` wins over `--start \(given)`", at: range,
                help: "drop `--start`, or this `start`, to run from one date")
        }
        try domain(range) { () throws(DomainError) in _ = try world.setStart(Instant(seconds: seconds)) }
        emit(.clockStarted(world.now), range)
    }

    // advance DURATION
    func advance(by span: Expression, _ range: SourceRange) throws(Diagnostic) {
        let seconds = try timeSpan(span).seconds
        let events = try domain(range) { () throws(DomainError) in try world.advance(by: seconds) }
        emit(.clockMoved(world.now), range)
        report(events)
    }

    // advance to DATE
    func advance(to date: Expression, _ range: SourceRange) throws(Diagnostic) {
        let seconds = try instant(date)
        let events = try domain(range) { () throws(DomainError) in
            try world.advance(to: Instant(seconds: seconds))
        }
        emit(.clockMoved(world.now), range)
        report(events)
    }
}
