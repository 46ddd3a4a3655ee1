import SparkModel
import SparkRuntime
import SparkSyntax

extension HelpCatalogue {
    static let adSettings =
        "Profile > ☰ > Settings and privacy > Creator tools > Ad settings > Ad authorization"
    static let videoAdSettings = "your video > ⋯ > Ad settings"
    static let sparkAds = "Ads Manager > Assets > Creative > Spark Ads"

    /// One entry per statement form. Grammar.md has the precise syntax.
    public static let entries: [HelpEntry] = [
        HelpEntry(
            keyword: "start", syntax: "start DATE", summary: "sets the clock, before anything else happens",
            example: "start 2026-12-01", screen: nil),
        HelpEntry(
            keyword: "advance", syntax: "advance DURATION | advance to DATE",
            summary: "moves the clock: campaigns start, deliver and end, codes expire",
            example: "advance 10d", screen: nil),
        HelpEntry(
            keyword: "now", syntax: "now", summary: "shows the simulated time", example: "now", screen: nil),
        HelpEntry(
            keyword: "creator", syntax: "creator @HANDLE [as personal|creator|business]",
            summary: "makes a TikTok account (personal by default); all three types can make codes",
            example: "creator @alice as creator", screen: "sign up in the TikTok app"),
        HelpEntry(
            keyword: "enable", syntax: "enable ad authorization for @HANDLE",
            summary: "turns on the account-level Ad authorization, once, before any code",
            example: "enable ad authorization for @alice", screen: adSettings),
        HelpEntry(
            keyword: "disable", syntax: "disable ad authorization for @HANDLE",
            summary: "turns the account-level toggle off; the account's codes stop working",
            example: "disable ad authorization for @alice", screen: adSettings),
        HelpEntry(
            keyword: "post", syntax: "post video|story ID by @HANDLE [\"CAPTION\"] [public|private|friends]",
            summary: "posts a video (public by default) or a story; stories cannot get codes",
            example: "post video 42 by @alice \"Winter haul\"", screen: "the + button in the TikTok app"),
        HelpEntry(
            keyword: "make", syntax: "make video ID public|private|friends",
            summary: "changes who can see a video; a private video becomes public when its ad is published",
            example: "make video 42 private", screen: "your video > ⋯ > Privacy settings"),
        HelpEntry(
            keyword: "authorize", syntax: "authorize video ID [for 7d|30d|60d|365d] [as @HANDLE]",
            summary: "toggles on Ad authorization for the video, accepts the terms and generates a code",
            example: "let c = authorize video 42 for 60d",
            screen: videoAdSettings + " > Ad authorization > choose a duration > Generate code"),
        HelpEntry(
            keyword: "extend", syntax: "extend CODE by 7d|30d|60d|365d",
            summary: "adds to a live code's validity; expired or deleted codes need a new code",
            example: "extend c by 30d", screen: videoAdSettings + " > Extend"),
        HelpEntry(
            keyword: "delete", syntax: "delete code CODE | delete video ID",
            summary: "revokes a code (running ads may continue until they end), or deletes a video"
                + " (only once its codes are deleted)",
            example: "delete code c", screen: videoAdSettings + " > Delete code"),
        HelpEntry(
            keyword: "turn", syntax: "turn off|on ad authorization for video ID",
            summary: "the per-video toggle; off invalidates its codes, and is refused while an ad runs",
            example: "turn off ad authorization for video 42", screen: videoAdSettings + " > Ad authorization"
        ),
        HelpEntry(
            keyword: "deal", syntax: "deal @HANDLE with BRAND [$AMOUNT] [\"NOTE\"]",
            summary:
                "records a payment agreed outside TikTok; codes carry no payment and nothing enforces it",
            example: "deal @alice with acme $500 \"three videos\"", screen: nil),
        HelpEntry(
            keyword: "brand", syntax: "brand NAME [\"DISPLAY NAME\"]",
            summary: "makes an advertiser account in Ads Manager", example: "brand acme \"Acme Outdoor\"",
            screen: "ads.tiktok.com, sign up"),
        HelpEntry(
            keyword: "redeem", syntax: "redeem CODE as BRAND",
            summary: "pastes a code, previews the video and confirms: the code binds to this brand",
            example: "redeem c as acme", screen: sparkAds + " > Apply for authorization > paste > Confirm"),
        HelpEntry(
            keyword: "batch", syntax: "batch [CODE, ...] as BRAND",
            summary: "redeems up to 20 codes at once, each with its own result",
            example: "batch [c1, c2, c3] as acme", screen: sparkAds + " > Batch authorize"),
        HelpEntry(
            keyword: "edit", syntax: "edit video ID caption|audio|hashtags|content|profile [VALUE] as BRAND",
            summary: "always refused: brands cannot change the creator's content",
            example: "edit video 42 caption \"New\" as acme", screen: nil),
        HelpEntry(
            keyword: "campaign", syntax: "campaign \"NAME\" by BRAND { FIELD; ... }",
            summary: "a draft campaign; fields: video ID, budget $N daily|total, schedule DATE to DATE,"
                + " target REGION, ... [age N-M], url \"...\", cta \"...\", format spark|in-feed",
            example: "campaign \"winter\" by acme { video 42; budget $50 daily }",
            screen: "Ads Manager > Campaign > Create > Spark Ads"),
        HelpEntry(
            keyword: "publish", syntax: "publish \"CAMPAIGN\"",
            summary: "checks every requirement and schedules the campaign; says what is missing",
            example: "publish \"winter\"", screen: "Ads Manager > Campaign > Publish"),
        HelpEntry(
            keyword: "pause", syntax: "pause \"CAMPAIGN\"", summary: "pauses a running campaign",
            example: "pause \"winter\"", screen: "Ads Manager > Campaign > toggle off"),
        HelpEntry(
            keyword: "resume", syntax: "resume \"CAMPAIGN\"", summary: "resumes a paused campaign",
            example: "resume \"winter\"", screen: "Ads Manager > Campaign > toggle on"),
        HelpEntry(
            keyword: "stop", syntax: "stop \"CAMPAIGN\"", summary: "ends a campaign for good",
            example: "stop \"winter\"", screen: "Ads Manager > Campaign > Delete"),
        HelpEntry(
            keyword: "show", syntax: "show CODE | video ID | campaign \"NAME\" | @HANDLE | brand NAME",
            summary: "shows one thing; codes are masked after they are first shown",
            example: "show video 42", screen: videoAdSettings + " (codes), the video's analytics"),
        HelpEntry(
            keyword: "reveal", syntax: "reveal CODE", summary: "shows a code's whole text again",
            example: "reveal c", screen: videoAdSettings + " > Copy code"),
        HelpEntry(
            keyword: "list",
            syntax: "list codes [of @HANDLE | in BRAND | expiring within DURATION]"
                + " | list videos [by @HANDLE] | list campaigns [of BRAND] | list brands | list creators",
            summary: "lists things as an aligned table", example: "list codes expiring within 7d",
            screen: sparkAds + " (the library)"),
        HelpEntry(
            keyword: "expect",
            syntax: "expect X is [not] STATE | expect PROPERTY of X OP VALUE"
                + " | expect error [NUMBER|\"TEXT\"] { ... }",
            summary: "a check: states like active, running, public; properties like views, spend, status",
            example: "expect c is active", screen: nil),
        HelpEntry(
            keyword: "let", syntax: "let NAME = STATEMENT | VALUE", summary: "binds a name to a result",
            example: "let c = authorize video 42", screen: nil),
        HelpEntry(
            keyword: "include", syntax: "include \"PATH\"",
            summary: "runs another script here; the path is relative to this file",
            example: "include \"_common/setup.spark\"", screen: nil),
        HelpEntry(
            keyword: "repeat", syntax: "repeat COUNT [as NAME] { ... }",
            summary: "runs a block COUNT times with NAME = 1, 2, ...; all or nothing",
            example: "repeat 20 as i { post video i by @alice }", screen: nil),
        HelpEntry(
            keyword: "policy", syntax: "policy deletion|library guide|strict",
            summary: "deletion guide: deleting a code lets running ads finish; deletion strict (TikTok's"
                + " API): a code in use cannot be deleted; library strict: TikTok's 10,000-post cap",
            example: "policy deletion strict", screen: nil),
        HelpEntry(
            keyword: "help", syntax: "help [TOPIC | STATEMENT]", summary: "this help",
            example: "help authorize", screen: nil),
        HelpEntry(
            keyword: "explain", syntax: "explain [NUMBER]",
            summary: "after an error: what went wrong, why TikTok works that way, what to do",
            example: "explain 4025", screen: nil),
    ]
}
