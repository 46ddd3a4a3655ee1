import SparkInteractive
import SparkModel
import SparkRuntime
import SparkSyntax

/// The text of a statement's result, as `spark run`, the REPL and the tutorial print it: one short
/// line, or a few for `show`, `list`, `batch`, `help` and `explain`. The lines of the frequent
/// statements write a handle as `@\(handle.name)`: interpolating the `Handle` itself goes through
/// `description`, a string built for nothing on every line of a million-statement run.
enum ResultText {
    static func text(for result: StatementResult) -> String {
        switch result {
        case .clockStarted(let instant): "clock starts at \(instant)"
        case .clockMoved(let instant): "now \(instant)"
        case .now(let instant): instant.description
        case .accountCreated(let account):
            "@\(account.handle.name) joined TikTok (\(account.type.rawValue) account)"
        case .accountAdAuthorization(let handle, true): "Ad authorization on for @\(handle.name)"
        // Turning it off is refused while one of the account's videos runs in a Spark Ad (see
        // World.disableAdAuthorization), so when it succeeds no ad is affected.
        case .accountAdAuthorization(let handle, false):
            "Ad authorization off for @\(handle.name): its codes stop working until it is turned back on "
                + "(none of its videos runs in a Spark Ad)"
        case .posted(let id, let kind, let owner, let caption, let visibility):
            posted(id, kind, owner, caption, visibility)
        case .visibilityChanged(let id, let visibility): "video \(id) is now \(visibility.rawValue)"
        case .codeGenerated(let code, let toggleTurnedBackOn, let reactivated):
            "code \(code.text) for video \(code.videoID), \(code.days) days, expires \(code.expiry)"
                + (toggleTurnedBackOn ? toggleBackOn(code.videoID, reactivated) : "")
        case .codeExtended(let code, let days):
            "code \(code.masked) extended by \(days) days: \(code.days) days, expires \(code.expiry)"
        case .codeDeleted(let code): "code \(code.masked) deleted: no new ads can start with it"
        case .videoAdAuthorization(let id, let enabled): "Ad authorization \(onOff(enabled)) for video \(id)"
        case .videoDeleted(let id): "video \(id) deleted"
        case .dealRecorded(let creator, let brand, let amount, let note):
            "deal recorded between \(brand) and \(creator): \(amount?.description ?? "no amount")"
                + (note.isEmpty ? "" : " (\"\(note)\")") + "; not enforced, codes carry no payment"
        case .brandCreated(let brand):
            "brand \(brand.name)\(displayName(of: brand)) opened an Ads Manager account"
        case .redeemed(let entry):
            "\(entry.brand) authorized video \(entry.videoID) by @\(entry.creator.name) with code \(entry.maskedCode)"
        case .batch(let brand, let items): batch(brand, items)
        case .campaignCreated(let campaign):
            "campaign \"\(campaign.name)\" by \(campaign.brand) saved as a draft"
        case .campaignChanged(let campaign, let action): changed(campaign, action)
        case .campaignEdited(let campaign, let fields):
            "campaign \"\(campaign.name)\" edited (\(fields.joined(separator: ", "))): \(campaign.state.description)"
        case .campaignDeleted(let name): "campaign \"\(name)\" deleted: its name is free again"
        case .videoUnbound(let id, let brand):
            "video \(id) removed from \(brand)'s Spark Ads library; its code stays bound to \(brand)"
        case .appended(let list, let value, let count):
            "\(list) += \(value) (\(count) item\(count == 1 ? "" : "s"))"
        case .rolledBack(let word, let undone):
            "\(word) rolled back: \(undone) result\(undone == 1 ? "" : "s") undone, nothing it did remains"
        case .policySet(.deletion(let policy)): "deletion policy: \(policy.rawValue)"
        case .policySet(.library(let policy)): "library policy: \(policy.rawValue)"
        case .card(let card): CardText.text(for: card)
        case .revealed(let code): "code \(code.text) (a secret: share it only with the brand)"
        case .listing(let listing): ListingText.text(for: listing)
        case .value(let value): value.description
        case .bound(let name, let value): "\(name) = \(value)"
        case .learning(let request): LearningText.text(for: request)
        }
    }

    /// ` (Acme Outdoor)` when the display name says more than the name.
    static func displayName(of brand: Brand) -> String {
        brand.displayName == brand.name ? "" : " (\(brand.displayName))"
    }

    static func onOff(_ enabled: Bool) -> String { enabled ? "on" : "off" }

    /// Generating a code turned the video's toggle back on: which older codes work again.
    static func toggleBackOn(_ video: UInt64, _ reactivated: [SparkCode]) -> String {
        let older = reactivated.map(\.masked)
        guard !older.isEmpty else { return "\nAd authorization is back on for video \(video)" }
        let plural = older.count == 1 ? ("", "s") : ("s", "")
        return "\nAd authorization is back on for video \(video): its older code\(plural.0) "
            + older.joined(separator: ", ") + " work\(plural.1) again"
    }

    /// `publish` → `published`: the word a campaign's state takes after the action, when it went
    /// as asked.
    static func pastTense(_ action: CampaignAction) -> String {
        switch action {
        case .publish: "published"
        case .pause: "paused"
        case .resume: "resumed"
        case .stop: "stopped"
        }
    }

    private static func posted(
        _ id: UInt64, _ kind: PostKind, _ owner: Handle, _ caption: String, _ visibility: Visibility
    ) -> String {
        // One interpolation per line: this is most of the output of a large script.
        caption.isEmpty
            ? "\(kind.rawValue) \(id) posted by @\(owner.name), \(visibility.rawValue)"
            : "\(kind.rawValue) \(id) posted by @\(owner.name), \(visibility.rawValue): \"\(caption)\""
    }

    /// `campaign "w" published: scheduled` (the state is said when it is not the action's word).
    private static func changed(_ campaign: Campaign, _ action: CampaignAction) -> String {
        let done = pastTense(action)
        let state = campaign.state.word == done ? "" : ": " + campaign.state.description
        return "campaign \"\(campaign.name)\" \(done)\(state)"
    }

    private static func batch(_ brand: String, _ items: [BatchItem]) -> String {
        let authorized = items.filter(\.isAuthorized).count
        var lines = [
            "batch of \(items.count) for \(brand): \(authorized) authorized, \(items.count - authorized) refused"
        ]
        for item in items {
            switch item.outcome {
            case .authorized(let entry):
                lines.append("  ✓ \(entry.maskedCode) video \(entry.videoID) by \(entry.creator)")
            case .refused(let refusal):
                let number = refusal.number.map { " [\($0)]" } ?? ""
                lines.append("  ✗ \(CodeText.masked(item.code))\(number) \(refusal.message)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
