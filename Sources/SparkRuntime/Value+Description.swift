import SparkModel
import SparkSyntax

/// How a value is written in messages and results: `code #s63Dde…qA=`, `$5.00`, `[42, 43]`.
/// A code is always masked: only `authorize` and `reveal` show one whole.
extension Value: CustomStringConvertible {
    public var description: String {
        switch self {
        case .code(let text): "code \(CodeText.masked(text))"
        case .account(let handle): Handle(handle).description
        case .video(let id): "video \(id)"
        case .brand(let name): "brand \(name)"
        case .campaign(let name): "campaign \"\(name)\""
        case .integer(let number): String(number)
        case .ratio(let ratio): ratio.description
        case .money(let cents): Money(cents: cents).description
        case .timeSpan(let span): "\(span.amount)\(span.unit.rawValue)"
        case .instant(let seconds): Instant(seconds: seconds).description
        case .string(let text): "\"\(text)\""
        case .list(let values): "[" + values.map(\.description).joined(separator: ", ") + "]"
        case .nothing: "nothing"
        }
    }
}

extension Value {
    /// The text a value gives inside a string (`"fan{i}"`): a string's own text, a handle with its
    /// `@`, a number's digits; anything else as messages write it (a code stays masked).
    var interpolated: String {
        switch self {
        case .string(let text): text
        case .brand(let name): name
        case .campaign(let name): name
        default: description
        }
    }
}
