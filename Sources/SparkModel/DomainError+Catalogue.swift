extension DomainError {
    /// What `explain` and `spark explain` offer: every error a script can meet. The catalogue
    /// without the model's internal errors, which only a caller of its API can cause.
    public static var explainable: [DomainError] {
        catalogue.filter { !$0.isInternal }
    }

    /// An error of the model's API that no statement can cause (the runtime pairs every
    /// transaction it opens).
    public var isInternal: Bool {
        if case .noOpenTransaction = self { return true }
        return false
    }

    /// One representative of every case, so tests (and `explain`) can enumerate them all.
    public static var catalogue: [DomainError] {
        let code = "#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA="
        let alice = Handle("alice")
        return [
            .invalidHandle("al ice"), .accountExists(alice), .accountNotFound(alice),
            .adAuthorizationOff(alice), .invalidVideoID(0), .videoExists(42), .videoNotFound(42),
            .videoDeleted(42), .notYourVideo(video: 42, owner: alice, actor: Handle("bob")),
            .storyNotSupported(43), .videoAuthorizationOff(42), .videoHasLiveCode(video: 42, code: code),
            .videoInUseByAd(video: 42, campaign: "winter"),
            .accountInUseByAd(alice, video: 42, campaign: "winter"), .invalidDuration(seconds: 45 * 86_400),
            .codeFormat("#s63DdePaj9"), .codeIncorrect(code), .codeNotFound(code),
            .codeExpired(code, at: Instant(seconds: 1_772_409_600)), .codeUsedByAnotherBrand(code),
            .codeNotExtendable(code, status: .expired), .codeInUseByAds(code, campaigns: ["winter"]),
            .notYourCode(code, actor: Handle("bob")), .invalidName(""),
            .invisibleCharacter("acme\\u{200B}", codePoint: 0x200B), .brandExists("acme"),
            .brandNotFound("acme"),
            .invalidAdvertiserID(42), .advertiserIDExists(7_000_000_000_000_000_001, brand: "acme"),
            .videoNotInLibrary(video: 42, brand: "acme"), .libraryFull(brand: "acme"), .tooManyCodes(21),
            .brandCannotEdit(video: 42, attribute: .caption, brand: "acme"), .campaignExists("winter"),
            .campaignNotFound("winter"), .campaignIncomplete("winter", missing: [.budget]),
            .campaignStateConflict("winter", state: .draft, action: "pause"),
            .campaignEditRefused("winter", field: "url", why: .published(.running)),
            .campaignNotStopped("winter", state: .running),
            .invalidAmount(Money(cents: -1)),
            .timeGoesForward(now: Instant(seconds: 86_400), requested: Instant(seconds: 0)),
            .timeOutOfRange, .noOpenTransaction,
        ]
    }
}
