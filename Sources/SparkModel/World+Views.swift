/// Builds the public read-only values from stored records, computing the state words at the
/// current instant.
extension World {
    func codeView(_ index: Int32) -> SparkCode {
        let code = codes[Int(index)]
        let status: CodeStatus
        if code.deletedAt != nil {
            status = .deleted
        } else if code.expiry <= clock {
            status = .expired
        } else {
            status = code.brand == nil ? .notUsed : .inUse
        }
        let problem = usabilityProblem(index)
        return SparkCode(
            text: code.text, videoID: posts[Int(code.post)].id, creator: accounts[Int(code.creator)].handle,
            days: code.days, createdAt: code.createdAt, expiry: code.expiry, deletedAt: code.deletedAt,
            brand: code.brand.map { brands[Int($0)].name }, redeemedAt: code.redeemedAt, status: status,
            isActive: problem == nil, whyInactive: problem)
    }

    func postView(_ index: Int32) -> Post {
        let post = posts[Int(index)]
        return Post(
            id: post.id, owner: accounts[Int(post.owner)].handle, kind: post.kind, caption: post.caption,
            visibility: post.visibility, isAuthorized: post.isAuthorized, isDeleted: post.isDeleted,
            views: post.counters.views, likes: post.counters.likes, comments: post.counters.comments,
            shares: post.counters.shares, follows: post.counters.follows)
    }

    func accountView(_ index: Int32) -> Account {
        let account = accounts[Int(index)]
        return Account(
            handle: account.handle, type: account.type, adsEnabled: account.adsEnabled,
            followers: account.followers, videoCount: postsByOwner[Int(index)].count)
    }

    func brandView(_ index: Int32) -> Brand {
        let brand = brands[Int(index)]
        return Brand(
            name: brand.name, displayName: brand.displayName, librarySize: libraryPosts[Int(index)].count)
    }

    func campaignView(_ index: Int32) -> Campaign {
        let campaign = campaigns[Int(index)]
        let draft = campaign.draft
        return Campaign(
            name: campaign.name, brand: brands[Int(campaign.brand)].name, format: draft.format,
            videoID: draft.videoID, code: campaign.code.map { codes[Int($0)].text }, budget: draft.budget,
            schedule: draft.schedule, targeting: draft.targeting, url: draft.url,
            callToAction: draft.callToAction, state: campaign.state, spend: campaign.spend,
            delivery: DeliveryModel.totals(spend: campaign.spend, format: draft.format))
    }
}
