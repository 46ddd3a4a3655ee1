import SparkModel

/// A thing in the world that `show`, `expect` and properties talk about.
enum Subject {
    case code(SparkCode)
    case video(Post)
    case campaign(Campaign)
    case account(Account)
    case brand(Brand)

    /// How messages name it: `code #s63Dde…qA=`, `video 42`.
    var name: String {
        switch self {
        case .code(let code): "code \(code.masked)"
        case .video(let post): "\(post.kind.rawValue) \(post.id)"
        case .campaign(let campaign): "campaign \"\(campaign.name)\""
        case .account(let account): account.handle.description
        case .brand(let brand): "brand \(brand.name)"
        }
    }
}
