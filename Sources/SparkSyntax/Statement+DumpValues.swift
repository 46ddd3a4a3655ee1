/// The AST dump of computed values: decimals, operators, properties, interpolated strings and
/// made names.
extension ASTDumper {
    mutating func computed(_ label: String, _ expression: Expression, _ depth: Int) {
        let here = ASTDumper.at(expression.range)
        switch expression.kind {
        case .decimal(let digits, let scale): line(depth, "\(label): decimal \(digits)e-\(scale) \(here)")
        case .template(let parts):
            line(depth, "\(label): template \(here)")
            for part in parts {
                switch part {
                case .text(let text): line(depth + 1, "text \(quoted(text))")
                case .value(let value): self.expression("value", value, depth + 1)
                }
            }
        case .madeHandle(let text):
            line(depth, "\(label): madeHandle \(here)")
            self.expression("text", text, depth + 1)
        case .madeBrand(let text):
            line(depth, "\(label): madeBrand \(here)")
            self.expression("text", text, depth + 1)
        case .binary(let op, let left, let right):
            line(depth, "\(label): binary \(op.rawValue) \(here)")
            self.expression("left", left, depth + 1)
            self.expression("right", right, depth + 1)
        case .property(let name, let subject):
            line(depth, "\(label): property \(ASTDumper.name(name)) \(here)")
            self.expression("of", subject, depth + 1)
        default:
            line(depth, "\(label): \(here)")
        }
    }
}
