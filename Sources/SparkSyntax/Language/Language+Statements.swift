extension Language {
    /// The help topics that group the statements, in the order `help` lists them.
    public static let groups: [Group] = [
        Group(name: "clock", summary: "simulated time: start, advance, now"),
        Group(name: "creator", summary: "the TikTok app: accounts, videos, codes"),
        Group(name: "brand", summary: "TikTok Ads Manager: brands, redeeming codes, batches"),
        Group(name: "campaigns", summary: "Spark Ads campaigns: the block, publish, pause, resume, stop"),
        Group(name: "looking", summary: "show, reveal and list"),
        Group(name: "checks", summary: "expect: states, properties and errors"),
        Group(name: "composition", summary: "let, include, repeat, blocks, policy"),
        Group(name: "learning", summary: "help and explain"),
    ]

    /// Every statement, by its first word, in the order the language is taught. Adding a statement
    /// is one entry here, its parse function (named by `parse`), its evaluation, and its help text.
    public static let statements: [Form] = [
        Form("start", "clock", parse: "parseStart", "start DATE"),
        Form("advance", "clock", parse: "parseAdvance", "advance DURATION", "advance to DATE"),
        Form("now", "clock", parse: "parseNow", "now"),
        Form("creator", "creator", parse: "parseCreator", "creator HANDLE [as personal|creator|business]"),
        Form("enable", "creator", parse: "parseAccountAds", "enable ad authorization for HANDLE"),
        Form("disable", "creator", parse: "parseAccountAds", "disable ad authorization for HANDLE"),
        Form(
            "post", "creator", parse: "parsePost",
            "post video|story VIDEO by HANDLE [STRING] [public|private|friends]"),
        Form("make", "creator", parse: "parseMake", "make video VIDEO public|private|friends"),
        // The parser takes a brand after `as` too, so the domain can say why a brand cannot.
        Form(
            "authorize", "creator", parse: "parseAuthorize",
            "authorize video VIDEO [for LIFETIME] [as HANDLE]"),
        Form("extend", "creator", parse: "parseExtend", "extend CODE by LIFETIME"),
        Form(
            "delete", "creator", parse: "parseDelete", "delete code CODE", "delete video VIDEO",
            "delete campaign CAMPAIGN"),
        Form("turn", "creator", parse: "parseTurn", "turn off|on ad authorization for video VIDEO"),
        Form("deal", "creator", parse: "parseDeal", "deal HANDLE with BRAND [MONEY] [STRING]"),
        Form("brand", "brand", parse: "parseBrand", "brand (NAME | STRING) [STRING] [advertiser NUMBER]"),
        Form("redeem", "brand", parse: "parseRedeem", "redeem CODE as BRAND"),
        Form("batch", "brand", parse: "parseBatch", "batch CODES as BRAND"),
        Form("unbind", "brand", parse: "parseUnbind", "unbind video VIDEO from BRAND"),
        Form(
            "edit", "brand", parse: "parseEdit",
            "edit video VIDEO caption|audio|hashtags|content|profile [VALUE] [as BRAND]",
            "edit campaign CAMPAIGN FIELDS"),
        Form(
            "campaign", "campaigns", parse: "parseCampaign", "campaign CAMPAIGN by BRAND FIELDS",
            "campaign CAMPAIGN"),
        Form("publish", "campaigns", parse: "parseCampaignAction", "publish CAMPAIGN"),
        Form("pause", "campaigns", parse: "parseCampaignAction", "pause CAMPAIGN"),
        Form("resume", "campaigns", parse: "parseCampaignAction", "resume CAMPAIGN"),
        Form("stop", "campaigns", parse: "parseCampaignAction", "stop CAMPAIGN"),
        Form("show", "looking", parse: "parseShow", "show SUBJECT"),
        Form("reveal", "looking", parse: "parseReveal", "reveal CODE"),
        Form(
            "list", "looking", parse: "parseListing",
            "list codes [of HANDLE | in BRAND | expiring within DURATION]", "list videos [by HANDLE]",
            "list campaigns [of BRAND]", "list brands", "list creators"),
        Form(
            "expect", "checks", parse: "parseExpect",
            "expect SUBJECT is STATE", "expect SUBJECT is not STATE", "expect PROPERTY of SUBJECT OP VALUE",
            "expect VALUE OP VALUE", "expect error [(NUMBER | STRING)] BLOCK"),
        Form("let", "composition", parse: "parseLet", "let NAME = STATEMENT", "let NAME = VALUE"),
        Form("append", "composition", parse: "parseAppend", "append VALUE to LIST"),
        Form("for", "composition", parse: "parseFor", "for NAME in LIST BLOCK"),
        Form("include", "composition", parse: "parseInclude", "include STRING"),
        Form("repeat", "composition", parse: "parseRepeat", "repeat NUMBER [as NAME] BLOCK"),
        Form("policy", "composition", parse: "parsePolicy", "policy deletion|library guide|strict"),
        Form("help", "learning", parse: "parseHelp", "help [TOPIC]"),
        Form("explain", "learning", parse: "parseExplain", "explain [NUMBER]"),
    ]

    /// The fields of a `campaign ... { }` block, one per line or separated by `;`.
    public static let campaignFields: [Form] = [
        Form("video", "", parse: "parseCampaignField", "video VIDEO"),
        Form("budget", "", parse: "parseCampaignField", "budget MONEY daily|total"),
        Form("schedule", "", parse: "parseCampaignField", "schedule DATE [to DATE]", "schedule to DATE"),
        Form("target", "", parse: "parseCampaignField", "target REGIONS [age AGES]"),
        Form("url", "", parse: "parseCampaignField", "url STRING"),
        Form("cta", "", parse: "parseCampaignField", "cta STRING"),
        Form("format", "", parse: "parseCampaignField", "format spark|in-feed"),
    ]

    /// The first words of the statements, in table order.
    public static let statementWords: [String] = statements.map(\.word)

    /// The campaign fields' words.
    public static let campaignFieldWords: [String] = campaignFields.map(\.word)

    /// The statement `word` begins, if any.
    public static func statement(_ word: String) -> Form? {
        statements.first { $0.word == word }
    }

    /// Every literal word of the language, each once, in table order: the parser's keywords.
    public static var keywords: [String] {
        var seen: Set<String> = []
        return (statements + campaignFields).flatMap { form in form.patterns.flatMap(Notation.words(in:)) }
            .filter { seen.insert($0).inserted }
    }
}
