extension DomainError {
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
            .notYourCode(code, actor: Handle("bob")), .invalidName(""), .brandExists("acme"),
            .brandNotFound("acme"), .libraryFull(brand: "acme"), .tooManyCodes(21),
            .brandCannotEdit(video: 42, attribute: .caption, brand: "acme"), .campaignExists("winter"),
            .campaignNotFound("winter"), .campaignIncomplete("winter", missing: [.budget]),
            .campaignStateConflict("winter", state: .draft, action: "pause"),
            .invalidAmount(Money(cents: -1)),
            .timeGoesForward(now: Instant(seconds: 86_400), requested: Instant(seconds: 0)),
            .timeOutOfRange, .noOpenTransaction,
        ]
    }
}
