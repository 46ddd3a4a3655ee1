import SparkInteractive
import SparkSyntax

/// What a document declares, read from its statements: names bound by `let`, `repeat ... as` and
/// `brand`, the creators, videos and campaigns it makes, and its includes.
struct DocumentOutline {
    enum Kind {
        case creator, video, brand, campaign, binding
    }

    struct Declaration {
        var kind: Kind
        /// As shown: `@alice`, `42`, `acme`, `winter`, `c`.
        var name: String
        /// The name as written, and the whole statement.
        var nameRange: SourceRange
        var statementRange: SourceRange
    }

    private(set) var declarations: [Declaration] = []
    /// Each `include`'s path and the range of its string.
    private(set) var includes: [(path: String, range: SourceRange)] = []

    init(_ statements: [Statement]) {
        for statement in statements { visit(statement) }
    }

    private mutating func visit(_ statement: Statement) {
        let range = statement.range
        func declare(_ kind: Kind, _ name: String, _ nameRange: SourceRange) {
            declarations.append(
                Declaration(kind: kind, name: name, nameRange: nameRange, statementRange: range))
        }
        switch statement.kind {
        case .creator(let handle, _):
            if case .handle(let name) = handle.kind { declare(.creator, "@" + name, handle.range) }
        case .post(_, let id, _, _, _):
            if case .integer(let number) = id.kind { declare(.video, String(number), id.range) }
        case .brand(.written(let name), _, _):
            declare(.brand, name.name, name.range)
        case .campaign(let name, _, _):
            if case .string(let text) = name.kind { declare(.campaign, text, name.range) }
        case .bind(let name, let value):
            declare(.binding, name.name, name.range)
            visit(value)
        case .repeatBlock(_, let variable, let body):
            if let variable { declare(.binding, variable.name, variable.range) }
            for inner in body { visit(inner) }
        case .forEach(let variable, _, let body):
            declare(.binding, variable.name, variable.range)
            for inner in body { visit(inner) }
        case .block(let body), .expectError(_, let body):
            for inner in body { visit(inner) }
        case .include(let path):
            if case .string(let text) = path.kind { includes.append((text, path.range)) }
        default:
            break
        }
    }

    /// The names completion may offer at byte `offset`: those declared before it.
    func vocabulary(before offset: Int) -> CompletionVocabulary {
        var handles: [String] = []
        var brands: [String] = []
        var bindings: [String] = []
        var videos: [String] = []
        var campaigns: [String] = []
        for declaration in declarations where declaration.nameRange.end <= offset {
            switch declaration.kind {
            case .creator: handles.append(declaration.name)
            case .brand: brands.append(declaration.name)
            case .binding: bindings.append(declaration.name)
            case .video: videos.append(declaration.name)
            case .campaign: campaigns.append(declaration.name)
            }
        }
        return CompletionVocabulary(
            handles: handles, brands: brands, bindings: bindings, videoIDs: videos, campaigns: campaigns)
    }

    /// Where `name`, used at byte `offset`, was bound: the last `let`, `repeat ... as` or `brand`
    /// of that name before the use, or the first one anywhere when none comes before.
    func binding(of name: String, usedAt offset: Int) -> Declaration? {
        let candidates = declarations.filter {
            ($0.kind == .binding || $0.kind == .brand || $0.kind == .creator) && $0.name == name
        }
        return candidates.last { $0.nameRange.start <= offset } ?? candidates.first
    }
}
