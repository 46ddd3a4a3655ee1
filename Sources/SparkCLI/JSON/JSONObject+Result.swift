import SparkModel
import SparkRuntime

/// A statement's result as JSON fields beside its text: `result` names what happened, the fields
/// after it carry the data (README, "JSON output").
extension JSONObject {
    mutating func add(_ result: StatementResult) {
        switch result {
        case .clockStarted(let instant): clock("clock_started", instant)
        case .clockMoved(let instant): clock("clock_moved", instant)
        case .now(let instant): clock("now", instant)
        case .accountCreated(let account):
            add("result", "account_created")
            add(account: account)
        case .accountAdAuthorization(let handle, let enabled):
            add("result", "account_ad_authorization")
            add("handle", handle.description)
            add("ad_authorization", enabled)
        case .posted(let id, let kind, let owner, let caption, let visibility):
            add("result", "posted")
            add("video", id)
            add("kind", kind.rawValue)
            add("creator", owner.description)
            add("visibility", visibility.rawValue)
            add("caption", caption)
        case .visibilityChanged(let id, let visibility):
            add("result", "visibility_changed")
            add("video", id)
            add("visibility", visibility.rawValue)
        case .codeGenerated(let code, _, _): self.code("code_generated", code, whole: true)
        case .codeExtended(let code, let days):
            self.code("code_extended", code)
            add("extended_by_days", days)
        case .codeDeleted(let code): self.code("code_deleted", code)
        case .videoAdAuthorization(let id, let enabled):
            add("result", "video_ad_authorization")
            add("video", id)
            add("ad_authorization", enabled)
        case .videoDeleted(let id):
            add("result", "video_deleted")
            add("video", id)
        case .dealRecorded(let creator, let brand, let amount, let note):
            add("result", "deal_recorded")
            add("creator", creator.description)
            add("brand", brand)
            add("amount", amount?.description)
            add("note", note)
        case .brandCreated(let brand):
            add("result", "brand_created")
            add(brand: brand)
        case .redeemed(let entry):
            add("result", "redeemed")
            add(entry: entry)
        case .batch(let brand, let items): batch(brand, items)
        case .campaignCreated(let campaign):
            add("result", "campaign_created")
            add(campaign: campaign)
        case .campaignChanged(let campaign, let action):
            add("result", "campaign_changed")
            add("action", action.rawValue)
            add(campaign: campaign)
        case .campaignEdited(let campaign, let fields):
            add("result", "campaign_edited")
            add("fields", fields.joined(separator: ","))
            add(campaign: campaign)
        case .campaignDeleted(let name):
            add("result", "campaign_deleted")
            add("campaign", name)
        case .videoUnbound(let id, let brand):
            add("result", "video_unbound")
            add("video", id)
            add("brand", brand)
        case .appended(let list, let value, let count):
            add("result", "appended")
            add("list", list)
            add("value", value.description)
            add("count", count)
        case .rolledBack(let word, let undone):
            add("result", "rolled_back")
            add("statement", word)
            add("undone", undone)
        case .policySet(let setting): policy(setting)
        case .card(let card): self.card(card)
        case .revealed(let code): self.code("revealed", code, whole: true)
        case .listing(let listing): self.listing(listing)
        case .value(let value):
            add("result", "value")
            add("value", value.description)
        case .bound(let name, let value):
            add("result", "bound")
            add("name", name)
            add("value", value.description)
        case .learning(let request): learning(request)
        }
    }

    private mutating func clock(_ result: String, _ instant: Instant) {
        add("result", result)
        add("time", instant.description)
    }

    private mutating func code(_ result: String, _ code: SparkCode, whole: Bool = false) {
        add("result", result)
        add(code: code, whole: whole)
    }

    private mutating func batch(_ brand: String, _ items: [BatchItem]) {
        add("result", "batch")
        add("brand", brand)
        let authorized = items.filter(\.isAuthorized).count
        add("authorized", authorized)
        add("refused", items.count - authorized)
        add(
            "codes",
            JSONObject.objects(items) { object, item in
                object.add("code", CodeText.masked(item.code))
                switch item.outcome {
                case .authorized(let entry):
                    object.add("authorized", true)
                    object.add("video", entry.videoID)
                    object.add("creator", entry.creator.description)
                case .refused(let refusal):
                    object.add("authorized", false)
                    object.add("message", refusal.message)
                    if let number = refusal.number { object.add("number", number) }
                }
            })
    }

    private mutating func policy(_ setting: PolicySetting) {
        add("result", "policy_set")
        switch setting {
        case .deletion(let policy):
            add("policy", "deletion")
            add("value", policy.rawValue)
        case .library(let policy):
            add("policy", "library")
            add("value", policy.rawValue)
        }
    }

    private mutating func card(_ card: Card) {
        add("result", "card")
        switch card {
        case .code(let code, _):
            add("subject", "code")
            add(code: code)
        case .video(let post, let codes):
            add("subject", "video")
            add(post: post)
            add("codes", JSONObject.objects(codes) { $0.add(code: $1) })
        case .campaign(let campaign):
            add("subject", "campaign")
            add(campaign: campaign)
        case .account(let account, let codes):
            add("subject", "account")
            add(account: account)
            add("codes", JSONObject.objects(codes) { $0.add(code: $1) })
        case .brand(let brand, let campaigns, let policy):
            add("subject", "brand")
            add(brand: brand)
            add("library_policy", policy.rawValue)
            add("campaigns", JSONObject.objects(campaigns) { $0.add(campaign: $1) })
        }
    }

    private mutating func listing(_ listing: Listing) {
        add("result", "listing")
        switch listing {
        case .codes(let codes):
            add("of", "codes")
            add("rows", JSONObject.objects(codes) { $0.add(code: $1) })
        case .videos(let posts):
            add("of", "videos")
            add("rows", JSONObject.objects(posts) { $0.add(post: $1) })
        case .campaigns(let campaigns):
            add("of", "campaigns")
            add("rows", JSONObject.objects(campaigns) { $0.add(campaign: $1) })
        case .brands(let brands):
            add("of", "brands")
            add("rows", JSONObject.objects(brands) { $0.add(brand: $1) })
        case .creators(let accounts):
            add("of", "creators")
            add("rows", JSONObject.objects(accounts) { $0.add(account: $1) })
        }
    }

    private mutating func learning(_ request: LearningRequest) {
        switch request {
        case .helpOverview: add("result", "help")
        case .help(let topic):
            add("result", "help")
            add("topic", topic)
        case .explanation(let errors):
            add("result", "explanation")
            add("errors", errors.map(\.identifier))
        case .lastError(let message, _, _):
            add("result", "explanation")
            add("errors", [String]())
            add("message", message)
        }
    }
}
