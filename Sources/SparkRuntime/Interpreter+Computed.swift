import SparkModel
import SparkSyntax

/// Values computed from others: arithmetic, properties, interpolated text and made names.
extension Interpreter {
    func arithmetic(_ op: ArithmeticOperator, _ left: Expression, _ right: Expression, _ range: SourceRange)
        throws(Diagnostic) -> Value
    {
        let a = try value(of: left)
        let b = try value(of: right)
        do { return try Value.combine(a, op, b) } catch {
            switch error {
            case .divisionByZero:
                throw self.error(
                    "division by zero", at: range, notes: ["`\(text(of: right.range))` is zero"],
                    help: "check the divisor first: `expect \(text(of: right.range)) > 0`")
            case .overflow:
                throw self.error(
                    "the result of `\(op.rawValue)` does not fit in 64 bits", at: range,
                    help: "numbers, cents and seconds are 64-bit integers; keep the figures smaller")
            case .mismatch:
                throw self.error(
                    "cannot \(Self.verb(op)) \(a.kindName) and \(b.kindName)", at: range,
                    help: "money ± money, money × a whole number, money / money, a date ± a duration, "
                        + "a duration ± a duration, and numbers combine; see `help values`")
            }
        }
    }

    private static func verb(_ op: ArithmeticOperator) -> String {
        switch op {
        case .add: "add"
        case .subtract: "subtract"
        case .multiply: "multiply"
        case .divide: "divide"
        }
    }

    /// `1.30`: digits over ten to the scale (the lexer keeps both within 18 digits).
    func decimal(_ digits: UInt64, _ scale: UInt8, _ range: SourceRange) throws(Diagnostic) -> Value {
        var power: Int64 = 1
        for _ in 0..<scale { power *= 10 }
        guard digits <= UInt64(Int64.max), let ratio = Ratio(Int64(digits), power) else {
            throw error("decimal literal is too long", at: range)
        }
        return Value.number(ratio)
    }

    /// `spend of campaign "x"`, `count of codes`. An unknown property is remembered, so `expect` can
    /// report it as a failed check rather than end the run.
    func property(_ name: Identifier, of subjectExpression: Expression) throws(Diagnostic) -> Value {
        if name.name == "count", case .list(let items) = try value(of: subjectExpression) {
            return .integer(UInt64(items.count))
        }
        let subject = try self.subject(subjectExpression)
        if let value = Properties.value(name.name, of: subject) { return value }
        let names = Properties.names(for: subject)
        let suggestion =
            Suggestion.closest(to: name.name, among: names).map { "did you mean `\($0)`? " } ?? ""
        let failure = error(
            "\(States.kind(of: subject)) has no property `\(name.name)`", at: name.range,
            help: suggestion + "properties: " + names.joined(separator: ", "))
        unknownWord = failure
        throw failure
    }

    /// The longest text a string built from values may be: far past any caption or name, and it
    /// stops a loop that doubles a string (`let s = "{s}{s}"`) before it eats the memory.
    static let longestText = 1 << 20

    func text(of parts: [TemplatePart]) throws(Diagnostic) -> String {
        var text = ""
        for part in parts {
            switch part {
            case .text(let piece): text += piece
            case .value(let expression):
                text += try value(of: expression).interpolated
                guard text.utf8.count <= Self.longestText else {
                    throw error(
                        "text longer than \(Self.longestText / 1024) KiB", at: expression.range,
                        help: "a string built from values holds at most 1 MiB")
                }
            }
        }
        return text
    }

    /// `@"fan{i}"`: the text must be a handle as the lexer reads one.
    func madeHandle(_ expression: Expression) throws(Diagnostic) -> String {
        let made = try text(expression)
        let name = made.hasPrefix("@") ? String(made.dropFirst()) : made
        guard Names.isHandle(name) else {
            throw error(
                "`@\(name)` is not a handle", at: expression.range,
                notes: [Names.handleRule], help: "make it like `@\"fan{i}\"`")
        }
        return name
    }

    /// `brand "brand{i}"`: the text must be a word, as a written brand name is.
    func madeBrandName(_ expression: Expression) throws(Diagnostic) -> String {
        let name = try text(expression)
        guard Names.isWord(name) else {
            throw error(
                "`\(name)` is not a brand name", at: expression.range,
                notes: [Names.wordRule],
                help: "make it like `brand \"brand{i}\"`")
        }
        return name
    }

    /// A brand where a statement names one.
    func brandName(_ brand: BrandName) throws(Diagnostic) -> String {
        switch brand {
        case .written(let identifier): identifier.name
        case .made(let expression): try madeBrandName(expression)
        }
    }

    /// The source text at `range` of the running file, on one line (a value may span several).
    func text(of range: SourceRange) -> String {
        SourceLocation(file: currentFile, range: range).text.split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
    }
}
