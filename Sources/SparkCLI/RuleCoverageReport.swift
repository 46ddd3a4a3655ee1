import SparkModel

/// `spark test --coverage`: each rule of the guide with how many statements of the suite
/// exercised it (the domain checked it, whether it held or refused), then the rules never
/// exercised.
struct RuleCoverageReport {
    let coverage: RuleCoverage

    var text: String {
        let rules = GuideRule.allCases
        let exercised = rules.count - coverage.unexercised.count
        var lines = ["", "rule coverage: \(exercised) of \(rules.count) rules exercised"]
        let width = rules.map { String(coverage.count(of: $0)).count }.max() ?? 1
        for rule in rules {
            let count = String(coverage.count(of: rule))
            let number = rule.number < 10 ? " \(rule.number)" : "\(rule.number)"
            let padding = String(repeating: " ", count: width - count.count)
            lines.append("  rule \(number)  \(padding)\(count)  \(rule.summary)")
        }
        if coverage.unexercised.isEmpty {
            lines.append("every rule was exercised")
        } else {
            lines.append("not exercised:")
            for rule in coverage.unexercised { lines.append("  rule \(rule.number): \(rule.summary)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The text as TAP comments, after the test points.
    var tapComments: String {
        text.split(separator: "\n").map { "# " + $0 }.joined(separator: "\n") + "\n"
    }

    /// `{"type":"coverage","rules":[{"rule":1,"summary":"…","statements":34},…],"unexercised":[12]}`.
    var json: String {
        let rules = GuideRule.allCases.map { rule in
            "{\"rule\":\(rule.number),\"summary\":\(JSONObject.quote(rule.summary)),"
                + "\"statements\":\(coverage.count(of: rule))}"
        }
        let unexercised = coverage.unexercised.map { String($0.number) }
        return "{\"type\":\"coverage\",\"rules\":[" + rules.joined(separator: ",") + "],\"unexercised\":["
            + unexercised.joined(separator: ",") + "]}"
    }
}
