import SparkModel

/// What `show` prints: a heading line and aligned `label  value` lines, within 80 columns.
enum Card {
    static func render(_ subject: Subject, in world: World) -> String {
        switch subject {
        case .code(let code): return self.code(code, now: world.now)
        case .video(let post): return video(post, codes: (try? world.codes(forVideo: post.id)) ?? [])
        case .campaign(let campaign): return self.campaign(campaign)
        case .account(let account):
            return self.account(account, codes: (try? world.codes(of: account.handle)) ?? [])
        case .brand(let brand):
            return self.brand(
                brand, campaigns: (try? world.campaigns(of: brand.name)) ?? [], policy: world.libraryPolicy)
        }
    }

    static func code(_ code: SparkCode, now: Instant) -> String {
        var lines: [(String, String)] = [
            ("video", "\(code.videoID) by \(code.creator)"),
            ("status", code.status.rawValue + (code.brand.map { ", bound to \($0)" } ?? "")),
            (
                "duration",
                "\(code.days) days, expires \(code.expiry) (\(Format.remaining(from: now, to: code.expiry)))"
            ),
        ]
        if !code.isActive, let why = code.whyInactive { lines.append(("not usable", why.message)) }
        return layout("code \(code.masked)", lines)
    }

    static func video(_ post: Post, codes: [SparkCode]) -> String {
        let toggle = post.isAuthorized ? "on" : "off"
        let active = codes.filter(\.isActive).count
        let state = post.isDeleted ? "deleted" : post.visibility.rawValue
        var lines: [(String, String)] = [
            ("visibility", "\(state), Ad authorization \(toggle)"),
            ("views", Format.count(post.views)),
            (
                "engagement",
                "\(Format.count(post.likes)) likes, \(Format.count(post.comments)) comments, "
                    + "\(Format.count(post.shares)) shares, \(Format.count(post.follows)) follows"
            ),
            ("codes", "\(codes.count) (\(active) active)"),
        ]
        if !post.caption.isEmpty { lines.insert(("caption", "\"\(post.caption)\""), at: 0) }
        return layout("\(post.kind.rawValue) \(post.id) by \(post.owner)", lines)
    }

    static func campaign(_ campaign: Campaign) -> String {
        var lines: [(String, String)] = []
        var ad = campaign.format == .spark ? "Spark Ads" : "in-feed"
        if let video = campaign.videoID { ad += ", video \(video)" }
        if let code = campaign.code { ad += " (code \(CodeText.masked(code)))" }
        lines.append(("ad", ad))
        if let budget = campaign.budget {
            lines.append(("budget", "\(budget.description), spent \(campaign.spend)"))
        }
        if let schedule = campaign.schedule {
            lines.append(("schedule", "\(schedule.start) to \(schedule.end)"))
        }
        if let targeting = campaign.targeting {
            let ages = targeting.ages.map { " age \($0.lowerBound)-\($0.upperBound)" } ?? ""
            lines.append(("target", targeting.regions.joined(separator: ", ") + ages))
        }
        if let url = campaign.url { lines.append(("url", url)) }
        if let cta = campaign.callToAction { lines.append(("cta", "\"\(cta)\"")) }
        lines.append(
            (
                "delivery",
                "\(Format.count(campaign.impressions)) impressions, \(Format.count(campaign.views)) views, "
                    + "\(Format.count(campaign.completions)) completions"
            ))
        lines.append(
            (
                "engagement",
                "\(Format.count(campaign.likes)) likes, \(Format.count(campaign.comments)) comments, "
                    + "\(Format.count(campaign.shares)) shares, \(Format.count(campaign.follows)) follows"
            ))
        return layout(
            "campaign \"\(campaign.name)\" by \(campaign.brand): \(campaign.state.description)", lines)
    }

    static func account(_ account: Account, codes: [SparkCode]) -> String {
        layout(
            "\(account.handle) (\(account.type.rawValue) account)",
            [
                ("Ad authorization", account.adsEnabled ? "on" : "off"),
                ("followers", Format.count(account.followers)),
                ("videos", String(account.videoCount)),
                ("codes", "\(codes.count) (\(codes.filter(\.isActive).count) active)"),
            ])
    }

    static func brand(_ brand: Brand, campaigns: [Campaign], policy: LibraryPolicy) -> String {
        let cap = policy == .strict ? " of \(Brand.libraryLimit)" : ""
        let display = brand.displayName == brand.name ? "" : " (\(brand.displayName))"
        let campaignList = campaigns.map { "\"\($0.name)\" \($0.state.word)" }.joined(separator: ", ")
        return layout(
            "brand \(brand.name)\(display)",
            [
                ("library", "\(brand.librarySize)\(cap) Spark Ads posts"),
                ("campaigns", campaigns.isEmpty ? "none" : campaignList),
            ])
    }

    private static func layout(_ heading: String, _ lines: [(String, String)]) -> String {
        let width = lines.map(\.0.count).max() ?? 0
        let body = lines.map { "  " + $0.0 + String(repeating: " ", count: width - $0.0.count + 2) + $0.1 }
        return ([heading] + body).joined(separator: "\n")
    }
}
