/// A stable, sorted, complete text dump of the World, for tests: two Worlds in the same state print
/// the same bytes, and any change to stored state changes the text.
extension World {
    public func snapshot() -> String {
        var lines: [String] = [
            "clock \(clock)", "policy \(deletionPolicy.rawValue) library \(libraryPolicy.rawValue)",
        ]
        for account in accounts.sorted(by: { $0.handle < $1.handle }) {
            lines.append(
                "account \(account.handle) \(account.type.rawValue) ads=\(flag(account.adsEnabled))"
                    + " followers=\(account.followers)")
        }
        for post in posts.sorted(by: { $0.id < $1.id }) {
            let c = post.counters
            lines.append(
                "post \(post.id) \(accounts[Int(post.owner)].handle) \(post.kind.rawValue)"
                    + " \(post.visibility.rawValue) authorized=\(flag(post.isAuthorized))"
                    + " deleted=\(flag(post.isDeleted)) views=\(c.views) likes=\(c.likes)"
                    + " comments=\(c.comments) shares=\(c.shares) follows=\(c.follows)"
                    + " caption=\(quote(post.caption))")
        }
        for code in codes.sorted(by: { $0.text < $1.text }) {
            lines.append(
                "code \(code.text) video=\(posts[Int(code.post)].id)"
                    + " creator=\(accounts[Int(code.creator)].handle) days=\(code.days)"
                    + " created=\(code.createdAt.seconds) expiry=\(code.expiry.seconds)"
                    + " deleted=\(code.deletedAt.map { String($0.seconds) } ?? "-")"
                    + " brand=\(code.brand.map { brands[Int($0)].name } ?? "-")"
                    + " redeemed=\(code.redeemedAt.map { String($0.seconds) } ?? "-")"
                    + " indexed=\(flag(code.indexed))")
        }
        lines.append("expiry-index \(expiryIndex.count)")
        for index in brands.indices.sorted(by: { brands[$0].name < brands[$1].name }) {
            lines.append("brand \(brands[index].name) \(quote(brands[index].displayName))")
            for entry in libraries[index] {
                let code = codes[Int(entry.code)]
                let shown = libraryPosts[index].contains(code.post) ? "library" : "unbound"
                lines.append("  \(shown) \(code.text) at \(entry.authorizedAt.seconds)")
            }
        }
        for campaign in campaigns.sorted(by: { $0.name < $1.name }) {
            lines.append(describe(campaign))
        }
        for deal in dealList {
            lines.append(
                "deal \(deal.creator) \(deal.brand) \(deal.amount) at \(deal.recordedAt.seconds)"
                    + " \(quote(deal.note))")
        }
        for event in eventLog {
            lines.append("event \(event.at.seconds) \(event) to \(event.audience.map(audience))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func describe(_ campaign: CampaignRecord) -> String {
        let draft = campaign.draft
        let targeting = draft.targeting.map { target in
            target.regions.joined(separator: ",")
                + (target.ages.map { " \($0.lowerBound)-\($0.upperBound)" } ?? "")
        }
        return "campaign \(quote(campaign.name)) brand=\(brands[Int(campaign.brand)].name)"
            + " format=\(draft.format.rawValue) video=\(draft.videoID.map(String.init) ?? "-")"
            + " budget=\(draft.budget.map(\.description) ?? "-")"
            + " schedule=\(draft.schedule.map { "\($0.start.seconds)-\($0.end.seconds)" } ?? "-")"
            + " target=\(targeting ?? "-") url=\(draft.url.map(quote) ?? "-")"
            + " cta=\(draft.callToAction.map(quote) ?? "-")"
            + " code=\(campaign.code.map { codes[Int($0)].text } ?? "-")"
            + " post=\(campaign.post.map { String(posts[Int($0)].id) } ?? "-")"
            + " state=\(campaign.state) spend=\(campaign.spend)"
    }

    private func audience(_ audience: WorldEvent.Audience) -> String {
        switch audience {
        case .creator(let handle): return handle.description
        case .brand(let name): return name
        }
    }

    private func flag(_ value: Bool) -> String { value ? "yes" : "no" }

    private func quote(_ text: String) -> String {
        "\"" + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"").replacing("\n", with: "\\n")
            + "\""
    }
}
