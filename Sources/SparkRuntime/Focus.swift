import SparkModel
import SparkSyntax

/// Where in a statement each kind of thing was written, so a domain error's caret lands on the part
/// it is about: `redeem c as beta` underlines `beta` when there is no brand beta, `c` when the code
/// expired. Parts left nil fall back to the whole statement.
struct Focus {
    var code: SourceRange?
    var video: SourceRange?
    var brand: SourceRange?
    var account: SourceRange?

    func range(for error: DomainError) -> SourceRange? {
        switch error {
        case .codeFormat, .codeIncorrect, .codeNotFound, .codeExpired, .codeUsedByAnotherBrand,
            .codeNotExtendable,
            .codeInUseByAds, .notYourCode:
            return code
        case .invalidVideoID, .videoExists, .videoNotFound, .videoDeleted, .notYourVideo, .storyNotSupported,
            .videoAuthorizationOff, .videoHasLiveCode, .videoInUseByAd:
            return video
        case .brandExists, .brandNotFound, .libraryFull, .brandCannotEdit:
            return brand
        case .invalidHandle, .accountExists, .accountNotFound, .adAuthorizationOff, .accountInUseByAd:
            return account
        case .invalidDuration, .invalidName, .tooManyCodes, .campaignExists, .campaignNotFound,
            .campaignIncomplete, .campaignStateConflict, .invalidAmount, .timeGoesForward, .timeOutOfRange,
            .noOpenTransaction:
            return nil
        }
    }
}
