extension HelpCatalogue {
    static let adSettings =
        "Profile > ☰ > Settings and privacy > Creator tools > Ad settings > Ad authorization"
    static let videoAdSettings = "your video > ⋯ > Ad settings"
    static let sparkAds = "Ads Manager > Assets > Creative > Spark Ads"

    /// One entry per statement of the language table, in its order; the syntax line comes from the
    /// table (`Language.Form.syntax`), the texts and TikTok screens from here.
    public static let entries: [HelpEntry] = [
        HelpEntry(
            keyword: "start", summary: "sets the clock, before anything else happens",
            example: "start 2026-12-01", screen: nil),
        HelpEntry(
            keyword: "advance", summary: "moves the clock: campaigns start, deliver and end, codes expire",
            example: "advance 10d", screen: nil),
        HelpEntry(
            keyword: "now", summary: "shows the simulated time", example: "now", screen: nil),
        HelpEntry(
            keyword: "creator",
            summary: "makes a TikTok account (personal by default); all three types can make codes",
            example: "creator @alice as creator", screen: "sign up in the TikTok app"),
        HelpEntry(
            keyword: "enable", summary: "turns on the account-level Ad authorization, once, before any code",
            example: "enable ad authorization for @alice", screen: adSettings),
        HelpEntry(
            keyword: "disable",
            summary: "turns the account-level toggle off; the account's codes stop working",
            example: "disable ad authorization for @alice", screen: adSettings),
        HelpEntry(
            keyword: "post",
            summary: "posts a video (public by default) or a story; stories cannot get codes",
            example: "post video 42 by @alice \"Winter haul\"", screen: "the + button in the TikTok app"),
        HelpEntry(
            keyword: "make",
            summary: "changes who can see a video; a private video becomes public when its ad is published",
            example: "make video 42 private", screen: "your video > ⋯ > Privacy settings"),
        HelpEntry(
            keyword: "authorize",
            summary: "toggles on Ad authorization for the video, accepts the terms and generates a code",
            example: "let c = authorize video 42 for 60d",
            screen: videoAdSettings + " > Ad authorization > choose a duration > Generate code"),
        HelpEntry(
            keyword: "extend",
            summary: "adds to a live code's validity; expired or deleted codes need a new code",
            example: "extend c by 30d", screen: videoAdSettings + " > Extend"),
        HelpEntry(
            keyword: "delete",
            summary: "revokes a code (running ads may continue until they end), deletes a video"
                + " (only once its codes are deleted), or deletes a draft, stopped or completed campaign",
            example: "delete code c", screen: videoAdSettings + " > Delete code"),
        HelpEntry(
            keyword: "turn",
            summary: "the per-video toggle; off invalidates its codes, and is refused while an ad runs",
            example: "turn off ad authorization for video 42", screen: videoAdSettings + " > Ad authorization"
        ),
        HelpEntry(
            keyword: "deal",
            summary:
                "records a payment agreed outside TikTok; codes carry no payment and nothing enforces it",
            example: "deal @alice with acme $500 \"three videos\"", screen: nil),
        HelpEntry(
            keyword: "brand",
            summary: "makes an advertiser account in Ads Manager, with a 19-digit advertiser id (the next"
                + " free one, or `advertiser ID`); `brand \"brand{i}\"` makes the name from values",
            example: "brand acme \"Acme Outdoor\" advertiser 7000000000000000042",
            screen: "ads.tiktok.com, sign up"),
        HelpEntry(
            keyword: "redeem",
            summary: "pastes a code, previews the video and confirms: the code binds to this brand",
            example: "redeem c as acme", screen: sparkAds + " > Apply for authorization > paste > Confirm"),
        HelpEntry(
            keyword: "batch", summary: "redeems up to 20 codes at once, each with its own result",
            example: "batch [c1, c2, c3] as acme", screen: sparkAds + " > Batch authorize"),
        HelpEntry(
            keyword: "unbind",
            summary: "takes a post out of the brand's library: its campaigns stop; its code stays bound"
                + " to the brand, and redeeming it again while it is live puts the post back",
            example: "unbind video 42 from acme", screen: sparkAds + " > ⋯ > Unbind"),
        HelpEntry(
            keyword: "edit",
            summary: "edit campaign changes the fields listed: a draft any field, a running or paused"
                + " campaign only its budget and schedule end, a completed or stopped one nothing;"
                + " edit video is always refused (brands cannot change the creator's content)",
            example: "edit campaign \"winter\" { url \"https://acme.example/w\"; cta \"Shop now\" }",
            screen: "Ads Manager > Campaign > Edit"),
        HelpEntry(
            keyword: "campaign",
            summary: "a draft campaign; fields: video ID, budget $N daily|total, schedule DATE to DATE,"
                + " target REGION, ... [age N-M], url \"...\", cta \"...\", format spark|in-feed",
            example: "campaign \"winter\" by acme { video 42; budget $50 daily }",
            screen: "Ads Manager > Campaign > Create > Spark Ads"),
        HelpEntry(
            keyword: "publish",
            summary: "checks every requirement and schedules the campaign; says what is missing",
            example: "publish \"winter\"", screen: "Ads Manager > Campaign > Publish"),
        HelpEntry(
            keyword: "pause", summary: "pauses a running campaign",
            example: "pause \"winter\"", screen: "Ads Manager > Campaign > toggle off"),
        HelpEntry(
            keyword: "resume", summary: "resumes a paused campaign",
            example: "resume \"winter\"", screen: "Ads Manager > Campaign > toggle on"),
        HelpEntry(
            keyword: "stop", summary: "ends a campaign for good",
            example: "stop \"winter\"", screen: "Ads Manager > Campaign > Delete"),
        HelpEntry(
            keyword: "show", summary: "shows one thing; codes are masked after they are first shown",
            example: "show video 42", screen: videoAdSettings + " (codes), the video's analytics"),
        HelpEntry(
            keyword: "reveal", summary: "shows a code's whole text again",
            example: "reveal c", screen: videoAdSettings + " > Copy code"),
        HelpEntry(
            keyword: "list",
            summary: "lists things as an aligned table", example: "list codes expiring within 7d",
            screen: sparkAds + " (the library)"),
        HelpEntry(
            keyword: "expect",
            summary: "a check: states like active, running, public; or two values compared, such as"
                + " properties (views, spend, status) and arithmetic on them",
            example: "expect completions of campaign \"a\" / completions of campaign \"b\" >= 1.30",
            screen: nil),
        HelpEntry(
            keyword: "let", summary: "binds a name to a result or a value (see `help values`)",
            example: "let c = authorize video 42", screen: nil),
        HelpEntry(
            keyword: "append", summary: "adds a value at the end of a list bound with `let xs = []`",
            example: "append c to codes", screen: nil),
        HelpEntry(
            keyword: "for", summary: "runs a block once per item of a list, NAME bound to it; all or nothing",
            example: "for c in codes { redeem c as acme }", screen: nil),
        HelpEntry(
            keyword: "include", summary: "runs another script here; the path is relative to this file",
            example: "include \"_common/setup.spark\"", screen: nil),
        HelpEntry(
            keyword: "repeat", summary: "runs a block COUNT times with NAME = 1, 2, ...; all or nothing",
            example: "repeat 20 as i { post video i by @alice }", screen: nil),
        HelpEntry(
            keyword: "policy",
            summary: "deletion guide: deleting a code lets running ads finish; deletion strict (TikTok's"
                + " API): a code in use cannot be deleted; library strict: TikTok's 10,000-post cap",
            example: "policy deletion strict", screen: nil),
        HelpEntry(
            keyword: "help", summary: "this help",
            example: "help authorize", screen: nil),
        HelpEntry(
            keyword: "explain",
            summary: "after an error: what went wrong, why TikTok works that way, what to do",
            example: "explain 4025", screen: nil),
    ]
}
