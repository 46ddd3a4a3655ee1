import SparkModel

extension APIError {
    /// The envelope answer for a refusal of the simulated domain: TikTok's number where it has one.
    /// Messages never hold a whole code (DomainError's own messages mask them).
    public init(_ error: DomainError) {
        switch error {
        case .codeFormat, .codeIncorrect: self = .codeFormat
        case .codeNotFound: self = .codeDeleted
        case .codeExpired: self = .codeExpired
        case .codeUsedByAnotherBrand: self = .codeInUse
        case .videoDeleted: self = .videoDeleted
        case .storyNotSupported: self = .storyNotSupported
        case .adAuthorizationOff, .videoAuthorizationOff: self = .adAuthorizationOff(error.message)
        case .libraryFull: self = .libraryFull
        case .videoNotInLibrary, .videoNotFound: self = .notFound(error.message)
        default: self = .refused(error.message)
        }
    }
}
