/// Rule coverage: which rules of the guide the statements run so far exercised (`spark test
/// --coverage`).
extension World {
    /// How many statements exercised each rule.
    public var ruleCoverage: RuleCoverage { coverage }

    /// The runtime calls this before each statement, so that a rule checked several times by one
    /// statement counts once.
    public func beginStatement() {
        coverage.beginStatement()
    }

    /// The domain checked `rule` (whether it held or refused).
    @inline(__always)
    func exercise(_ rule: GuideRule) {
        coverage.mark(rule)
    }
}
