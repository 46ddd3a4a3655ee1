import SparkBase
import SparkModel
import SparkRuntime

/// What `show` prints: a heading line and aligned `label  value` lines, within 80 columns.
enum CardText {
    static func text(for card: Card) -> String {
        switch card {
        case .code(let code, let now): self.code(code, now: now)
        case .video(let post, let codes): video(post, codes: codes)
        case .campaign(let campaign): self.campaign(campaign)
        case .account(let account, let codes): self.account(account, codes: codes)
        case .brand(let brand, let campaigns, let policy):
            self.brand(brand, campaigns: campaigns, policy: policy)
        }
    }

    private static func code(_ code: SparkCode, now: Instant) -> String {
        var lines: [(String, String)] = [
            ("video", "\(code.videoID) by \(code.creator)"),
            ("status", code.status.rawValue + (code.brand.map { ", bound to \($0)" } ?? "")),
            (
                "duration",
                "\(code.days) days, expires \(code.expiry) (\(remaining(from: now, to: code.expiry)))"
            ),
        ]
        if !code.isActive, let why = code.whyInactive { lines.append(("not usable", why.message)) }
        return layout("code \(code.masked)", lines)
    }

    private static func video(_ post: Post, codes: [SparkCode]) -> String {
        let state = post.isDeleted ? "deleted" : post.visibility.rawValue
        var lines: [(String, String)] = [
            ("visibility", "\(state), Ad authorization \(ResultText.onOff(post.isAuthorized))"),
            ("views", count(post.views)),
            ("engagement", engagement(post.likes, post.comments, post.shares, post.follows)),
            ("codes", "\(codes.count) (\(codes.filter(\.isActive).count) active)"),
        ]
        if !post.caption.isEmpty { lines.insert(("caption", "\"\(post.caption)\""), at: 0) }
        return layout("\(post.kind.rawValue) \(post.id) by \(post.owner)", lines)
    }

    private static func campaign(_ campaign: Campaign) -> String {
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
                "\(count(campaign.impressions)) impressions, \(count(campaign.views)) views, "
                    + "\(count(campaign.completions)) completions"
            ))
        lines.append(
            ("engagement", engagement(campaign.likes, campaign.comments, campaign.shares, campaign.follows)))
        return layout(
            "campaign \"\(campaign.name)\" by \(campaign.brand): \(campaign.state.description)", lines)
    }

    private static func account(_ account: Account, codes: [SparkCode]) -> String {
        layout(
            "\(account.handle) (\(account.type.rawValue) account)",
            [
                ("Ad authorization", ResultText.onOff(account.adsEnabled)),
                ("followers", count(account.followers)),
                ("videos", String(account.videoCount)),
                ("codes", "\(codes.count) (\(codes.filter(\.isActive).count) active)"),
            ])
    }

    private static func brand(_ brand: Brand, campaigns: [Campaign], policy: LibraryPolicy) -> String {
        let cap = policy == .strict ? " of \(Brand.libraryLimit)" : ""
        let campaignList = campaigns.map { "\"\($0.name)\" \($0.state.word)" }.joined(separator: ", ")
        return layout(
            "brand \(brand.name)\(ResultText.displayName(of: brand))",
            [
                ("advertiser_id", String(brand.advertiserID)),
                ("library", "\(brand.librarySize)\(cap) Spark Ads posts"),
                ("campaigns", campaigns.isEmpty ? "none" : campaignList),
            ])
    }

    private static func engagement(_ likes: Int64, _ comments: Int64, _ shares: Int64, _ follows: Int64)
        -> String
    {
        "\(count(likes)) likes, \(count(comments)) comments, \(count(shares)) shares, \(count(follows)) follows"
    }

    /// `12d 4h left`, `3h 20m left`, `none left`.
    static func remaining(from now: Instant, to end: Instant) -> String {
        let seconds = end.seconds - now.seconds
        guard seconds > 0 else { return "none left" }
        let days = seconds / 86_400
        let hours = seconds % 86_400 / 3_600
        if days > 0 { return hours > 0 ? "\(days)d \(hours)h left" : "\(days)d left" }
        let minutes = seconds % 3_600 / 60
        return hours > 0 ? "\(hours)h \(minutes)m left" : "\(minutes)m left"
    }

    /// 12345 → `12,345`.
    static func count(_ number: Int64) -> String { DigitGrouping.grouped(number) }

    private static func layout(_ heading: String, _ lines: [(String, String)]) -> String {
        let width = lines.map(\.0.count).max() ?? 0
        let body = lines.map { "  " + $0.0 + String(repeating: " ", count: width - $0.0.count + 2) + $0.1 }
        return ([heading] + body).joined(separator: "\n")
    }
}
