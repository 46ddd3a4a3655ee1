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
        case .money(let cents): Money(cents: cents).description
        case .timeSpan(let span): "\(span.amount)\(span.unit.rawValue)"
        case .instant(let seconds): Instant(seconds: seconds).description
        case .string(let text): "\"\(text)\""
        case .list(let values): "[" + values.map(\.description).joined(separator: ", ") + "]"
        case .nothing: "nothing"
        }
    }
}
