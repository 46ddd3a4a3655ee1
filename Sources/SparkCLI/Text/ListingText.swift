import SparkModel
import SparkRuntime

/// What `list` prints: aligned tables that fit 80 columns, or a line saying there is nothing.
enum ListingText {
    static func text(for listing: Listing) -> String {
        switch listing {
        case .codes(let codes): self.codes(codes)
        case .videos(let posts): videos(posts)
        case .campaigns(let campaigns): self.campaigns(campaigns)
        case .brands(let brands): self.brands(brands)
        case .creators(let accounts): self.accounts(accounts)
        }
    }

    private static func codes(_ codes: [SparkCode]) -> String {
        guard !codes.isEmpty else { return "no codes" }
        var table = TextTable(["CODE", "VIDEO", "CREATOR", "STATUS", "BRAND", "EXPIRES"])
        for code in codes {
            table.add([
                code.masked, String(code.videoID), code.creator.description, code.status.rawValue,
                code.brand ?? "-", String(code.expiry.description.prefix(16)),
            ])
        }
        return table.text
    }

    private static func videos(_ posts: [Post]) -> String {
        guard !posts.isEmpty else { return "no videos" }
        var table = TextTable(["VIDEO", "BY", "KIND", "SEEN BY", "AD AUTH", "VIEWS", "CAPTION"])
        for post in posts {
            table.add([
                String(post.id), post.owner.description, post.kind.rawValue,
                post.isDeleted ? "deleted" : post.visibility.rawValue, ResultText.onOff(post.isAuthorized),
                CardText.count(post.views), clip(post.caption, 24),
            ])
        }
        return table.text
    }

    private static func campaigns(_ campaigns: [Campaign]) -> String {
        guard !campaigns.isEmpty else { return "no campaigns" }
        var table = TextTable(["CAMPAIGN", "BRAND", "STATE", "BUDGET", "SPENT", "VIEWS"])
        for campaign in campaigns {
            table.add([
                "\"\(clip(campaign.name, 20))\"", campaign.brand, campaign.state.word,
                campaign.budget?.description ?? "-", campaign.spend.description,
                CardText.count(campaign.views),
            ])
        }
        return table.text
    }

    private static func brands(_ brands: [Brand]) -> String {
        guard !brands.isEmpty else { return "no brands" }
        var table = TextTable(["BRAND", "NAME", "LIBRARY"])
        for brand in brands {
            table.add([brand.name, clip(brand.displayName, 30), String(brand.librarySize)])
        }
        return table.text
    }

    private static func accounts(_ accounts: [Account]) -> String {
        guard !accounts.isEmpty else { return "no creators" }
        var table = TextTable(["CREATOR", "TYPE", "AD AUTH", "VIDEOS", "FOLLOWERS"])
        for account in accounts {
            table.add([
                account.handle.description, account.type.rawValue, ResultText.onOff(account.adsEnabled),
                String(account.videoCount), CardText.count(account.followers),
            ])
        }
        return table.text
    }

    private static func clip(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }
}
