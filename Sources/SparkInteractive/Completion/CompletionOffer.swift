/// What a position in a statement may hold, as completion offers it: fixed words, or names from
/// the session.
enum CompletionOffer: Sendable, Equatable {
    case words([String])
    case handles, brands, bindings, videoIDs, campaigns
}
