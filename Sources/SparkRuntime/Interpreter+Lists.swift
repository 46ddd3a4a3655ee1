import SparkSyntax

/// `append VALUE to NAME` and `for NAME in LIST { ... }`.
extension Interpreter {
    func append(_ valueExpression: Expression, to list: Identifier, _ range: SourceRange) throws(Diagnostic) {
        let value = try value(of: valueExpression)
        let count: Int
        do { count = try bindings.append(value, to: list.name) } catch {
            switch error {
            case .unbound:
                if world.brandExists(list.name) { throw notAList(list, found: .brand(list.name)) }
                throw self.error(
                    "`\(list.name)` is used before it is bound", at: list.range,
                    notes: ["a list is bound by `let \(list.name) = []`"],
                    help: "bind an empty list first: `let \(list.name) = []`")
            case .notAList(let found): throw notAList(list, found: found)
            }
        }
        emit(.appended(list: list.name, value, count: count), range)
    }

    private func notAList(_ list: Identifier, found: Value) -> Diagnostic {
        error(
            "`\(list.name)` is \(found.kindName), not a list", at: list.range,
            help: "append to a list: `let \(list.name)s = []`, then `append ... to \(list.name)s`")
    }

    /// Runs the body once per item, the whole loop one transaction; the runs count with `repeat`'s.
    func forEach(
        _ variable: Identifier, _ listExpression: Expression, _ body: [Statement], _ range: SourceRange
    )
        throws(Diagnostic)
    {
        guard case .list(let items) = try value(of: listExpression) else {
            throw mismatch(listExpression, expected: "a list", found: try value(of: listExpression))
        }
        try grantRuns(UInt64(items.count), "for", at: listExpression.range)
        repeatDepth += 1
        defer { repeatDepth -= 1 }
        try atomically(rollingBack: ("for", range)) { () throws(Diagnostic) in
            for (index, item) in items.enumerated() {
                // The first run's binding is logged; the later ones need not be (Bindings).
                if index == 0 {
                    bindings.bind(variable.name, to: item)
                } else {
                    bindings.rebindLoopName(variable.name, to: item)
                }
                try runBlock(body)
            }
        }
    }
}
