import SparkModel
import SparkSyntax

/// A thing in the world that `show`, `expect` and properties talk about.
enum Subject {
    case code(SparkCode)
    case video(Post)
    case campaign(Campaign)
    case account(Account)
    case brand(Brand)

    /// Its kind in the language table, which lists each kind's states and properties.
    var kind: Language.SubjectKind {
        switch self {
        case .code: .code
        case .video: .video
        case .campaign: .campaign
        case .account: .account
        case .brand: .brand
        }
    }

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
