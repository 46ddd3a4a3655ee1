import SparkModel
import SparkSyntax

/// Campaign blocks and their lifecycle: publish, pause, resume, stop.
extension Interpreter {
    // campaign STRING by NAME { field* }
    func campaign(
        _ nameExpression: Expression, _ written: BrandName, _ fields: [CampaignField], _ range: SourceRange
    )
        throws(Diagnostic) -> Value
    {
        let name = try campaignName(nameExpression)
        let brand = try brandName(written)
        let changes = try campaignChanges(fields, editing: false)
        if changes.end != nil, let field = fields.first(where: { Self.fieldName($0.kind) == "schedule" }) {
            throw error(
                "a new campaign's schedule needs its start", at: field.range,
                help: "write `schedule 2026-12-02 to 2026-12-31`; `schedule to DATE` moves the end of one")
        }
        let draft = CampaignDraft(
            format: changes.format ?? .spark, videoID: changes.videoID, budget: changes.budget,
            schedule: changes.schedule, targeting: changes.targeting, url: changes.url,
            callToAction: changes.callToAction)
        try domain(range) { () throws(DomainError) in try world.createCampaign(name, by: brand, draft) }
        if wantsResults, let campaign = world.campaign(named: name) {
            emit(.campaignCreated(campaign), range)
        }
        return .campaign(name)
    }

    // edit campaign STRING { field* }: what Ads Manager lets each state change (CampaignChanges)
    func editCampaign(_ nameExpression: Expression, _ fields: [CampaignField], _ range: SourceRange)
        throws(Diagnostic)
    {
        let name = try campaignName(nameExpression)
        let changes = try campaignChanges(fields, editing: true)
        try domain(range) { () throws(DomainError) in try world.editCampaign(name, changes) }
        if wantsResults, let campaign = world.campaign(named: name) {
            emit(.campaignEdited(campaign, fields: fields.map { Self.fieldName($0.kind) }), range)
        }
    }

    // delete campaign STRING
    func deleteCampaign(_ nameExpression: Expression, _ range: SourceRange) throws(Diagnostic) {
        let name = try campaignName(nameExpression)
        try domain(range) { () throws(DomainError) in try world.deleteCampaign(name) }
        emit(.campaignDeleted(name: name), range)
    }

    private func campaignChanges(_ fields: [CampaignField], editing: Bool) throws(Diagnostic)
        -> CampaignChanges
    {
        var changes = CampaignChanges()
        var seen: Set<String> = []
        for field in fields {
            let key = Self.fieldName(field.kind)
            guard seen.insert(key).inserted else {
                throw error(
                    "`\(key)` is set twice in this campaign", at: field.range, help: "keep one `\(key)` line")
            }
            try apply(field, to: &changes, editing: editing)
        }
        return changes
    }

    private func apply(_ field: CampaignField, to changes: inout CampaignChanges, editing: Bool)
        throws(Diagnostic)
    {
        switch field.kind {
        case .video(let id): changes.videoID = try videoID(id)
        case .budget(let amount, let period):
            let money = Money(cents: try cents(amount))
            changes.budget = period == .daily ? .daily(money) : .total(money)
        case .schedule(nil, let to?):
            changes.end = Instant(seconds: try endOfSchedule(to))
        case .schedule(let from?, let to):
            guard let to else {
                _ = try instant(from)
                if editing {
                    throw error(
                        "this schedule has no end date", at: field.range,
                        help:
                            "write `schedule 2026-12-02 to 2026-12-31`, or `schedule to DATE` to move the end"
                    )
                }
                // A draft may be incomplete (rule 17 is checked at publish), so this only warns.
                warn(
                    "this schedule has no end date: `publish` will ask for one", at: field.range,
                    help: "write `schedule 2026-12-02 to 2026-12-31`")
                return
            }
            changes.schedule = Schedule(
                start: Instant(seconds: try instant(from)), end: Instant(seconds: try endOfSchedule(to)))
        case .schedule(nil, nil): break
        case .target(let regions, let ages):
            changes.targeting = Targeting(
                regions: regions.map(\.name), ages: ages.map { $0.minimum...$0.maximum })
        case .url(let url): changes.url = try text(url)
        case .cta(let cta): changes.callToAction = try text(cta)
        case .format(let word):
            guard let format = CampaignFormat(rawValue: word.name) else {
                throw error(
                    "unknown ad format `\(word.name)`", at: word.range,
                    help:
                        "use `format spark` (a creator's post, the default) or `format in-feed` (the brand's own ad)"
                )
            }
            changes.format = format
        }
    }

    /// A bare end date includes its day: `to 2026-12-31` runs through the 31st.
    private func endOfSchedule(_ to: Expression) throws(Diagnostic) -> Int64 {
        var end = try instant(to)
        if case .dateTime(let literal) = to.kind, !literal.hasTime { end += Instant.secondsPerDay }
        return end
    }

    private static func fieldName(_ kind: CampaignFieldKind) -> String {
        switch kind {
        case .video: "video"
        case .budget: "budget"
        case .schedule: "schedule"
        case .target: "target"
        case .url: "url"
        case .cta: "cta"
        case .format: "format"
        }
    }

    // publish|pause|resume|stop STRING
    func campaignAction(_ action: CampaignAction, _ nameExpression: Expression, _ range: SourceRange)
        throws(Diagnostic)
    {
        let name = try campaignName(nameExpression)
        let events = try domain(range) { () throws(DomainError) in
            switch action {
            case .publish: try world.publish(name)
            case .pause: try world.pause(name)
            case .resume: try world.resume(name)
            case .stop: try world.stop(name)
            }
        }
        if wantsResults, let campaign = world.campaign(named: name) {
            emit(.campaignChanged(campaign, action), range)
        }
        report(events)
    }

    // policy deletion|library guide|strict
    func policy(_ name: Identifier, _ value: Identifier, _ range: SourceRange) throws(Diagnostic) {
        let choices = "choose guide (the guide's rule, the default) or strict (TikTok's API)"
        let setting: PolicySetting
        switch name.name {
        case "deletion":
            guard let policy = DeletionPolicy(rawValue: value.name) else {
                throw error("`\(value.name)` is not a deletion policy", at: value.range, help: choices)
            }
            world.setDeletionPolicy(policy)
            setting = .deletion(policy)
        case "library":
            guard let policy = LibraryPolicy(rawValue: value.name) else {
                throw error("`\(value.name)` is not a library policy", at: value.range, help: choices)
            }
            world.setLibraryPolicy(policy)
            setting = .library(policy)
        default:
            throw error(
                "unknown policy `\(name.name)`", at: name.range,
                help: "the policies are `deletion` (rule 11) and `library` (TikTok's 10,000-post cap)")
        }
        emit(.policySet(setting), range)
    }
}
