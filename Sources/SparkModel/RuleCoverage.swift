/// How many statements exercised each rule of the guide: the domain checked it, whether the check
/// passed or refused. A flat array indexed by rule number, so marking a rule costs two array
/// accesses and never hashes anything.
///
/// A statement that checks a rule several times (a batch of 20 codes) counts once: each rule
/// remembers the statement that last counted it.
public struct RuleCoverage: Sendable, Equatable {
    /// Index 0 is unused; 1 to 22 are the rules.
    public private(set) var counts: [Int]
    private var countedIn: [Int]
    private var statement = 0

    public init() {
        counts = Array(repeating: 0, count: GuideRule.allCases.count + 1)
        countedIn = Array(repeating: -1, count: GuideRule.allCases.count + 1)
    }

    /// A new statement begins: each rule it checks counts once more.
    public mutating func beginStatement() {
        statement &+= 1
    }

    mutating func mark(_ rule: GuideRule) {
        let number = rule.rawValue
        guard countedIn[number] != statement else { return }
        countedIn[number] = statement
        counts[number] += 1
    }

    /// How many statements exercised `rule`.
    public func count(of rule: GuideRule) -> Int { counts[rule.rawValue] }

    /// The rules nobody exercised, in order.
    public var unexercised: [GuideRule] { GuideRule.allCases.filter { count(of: $0) == 0 } }

    /// The sum of two suites' coverage (`spark test` adds up its files).
    public static func + (left: RuleCoverage, right: RuleCoverage) -> RuleCoverage {
        var sum = RuleCoverage()
        for index in sum.counts.indices { sum.counts[index] = left.counts[index] + right.counts[index] }
        return sum
    }
}
