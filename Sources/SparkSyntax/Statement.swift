/// One statement of a script, with the range it was written in.
public struct Statement: Sendable {
    public var kind: StatementKind
    public var range: SourceRange

    public init(_ kind: StatementKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// Every statement form of the language. Grammar.md gives each one's syntax and an example.
public indirect enum StatementKind: Sendable {
    // MARK: clock
    /// `start 2026-12-01`
    case start(Expression)
    /// `advance 10d`
    case advanceBy(Expression)
    /// `advance to 2027-01-15`
    case advanceTo(Expression)
    /// `now`
    case now

    // MARK: creator side (TikTok app)
    /// `creator @alice`, `creator @bob as business`
    case creator(handle: Expression, accountType: AccountTypeWord?)
    /// `enable ad authorization for @alice` / `disable ...`
    case setAccountAdAuthorization(handle: Expression, enabled: Bool)
    /// `post video 42 by @alice "Winter haul" private`
    case post(
        kind: PostKindWord, id: Expression, owner: Expression, caption: Expression?,
        visibility: VisibilityWord?)
    /// `make video 42 private`
    case makeVideo(id: Expression, visibility: VisibilityWord)
    /// `authorize video 42 for 60d as @bob`
    case authorize(video: Expression, duration: Expression?, actingAs: Expression?)
    /// `extend c by 30d`
    case extend(code: Expression, by: Expression)
    /// `delete code c`
    case deleteCode(Expression)
    /// `delete campaign "winter"`: a draft, stopped or completed campaign
    case deleteCampaign(Expression)
    /// `turn off ad authorization for video 42` / `turn on ...`
    case setVideoAdAuthorization(video: Expression, enabled: Bool)
    /// `delete video 42`
    case deleteVideo(Expression)
    /// `deal @alice with acme $500 "three posts"`: recorded, never enforced (rule 20)
    case deal(creator: Expression, brand: BrandName, amount: Expression?, note: Expression?)

    // MARK: brand side (Ads Manager)
    /// `brand acme "Acme Outdoor" advertiser 7000000000000000042`, `brand "brand{i}"`
    case brand(name: BrandName, displayName: Expression?, advertiser: Expression?)
    /// `redeem c as acme`
    case redeem(code: Expression, brand: BrandName)
    /// `batch [c1, c2, c3] as acme`
    case batch(codes: Expression, brand: BrandName)
    /// `unbind video 42 from acme`: the post leaves the brand's Spark Ads library
    case unbind(video: Expression, brand: BrandName)
    /// `campaign "winter" by acme { video 42; budget $50 daily; ... }`
    case campaign(name: Expression, brand: BrandName, fields: [CampaignField])
    /// `edit campaign "winter" { url "..."; cta "..." }`: changes the fields listed
    case editCampaign(name: Expression, fields: [CampaignField])
    /// `publish "winter"`, `pause ...`, `resume ...`, `stop ...`
    case campaignAction(CampaignAction, campaign: Expression)
    /// `edit video 42 caption "New caption" as acme`: always refused (rule 16)
    case edit(video: Expression, attribute: Identifier, value: Expression?, actingAs: Expression?)

    // MARK: looking
    /// `show c`, `show video 42`, `show campaign "winter"`, `show @alice`
    case show(Expression)
    /// `reveal c`: shows a code's whole secret again
    case reveal(Expression)
    /// `list codes of @alice`, ...
    case list(ListQuery)

    // MARK: checks
    /// `expect c is not active`
    case expectState(subject: Expression, negated: Bool, state: Identifier)
    /// `expect likes of video 42 > 0`, `expect spend of campaign "a" / spend of campaign "b" <= 1.5`
    case expectComparison(left: Expression, op: ComparisonOperator, right: Expression)
    /// `expect error 4025 { redeem c as acme }`
    case expectError(ErrorMatcher?, body: [Statement])

    // MARK: composition
    /// `let c = authorize video 42`, `let v = 42`: `value` is a statement whose result is bound
    case bind(name: Identifier, value: Statement)
    /// A bare value: `c`, `42`; evaluates and shows it
    case expression(Expression)
    /// `append c to codes`: adds a value at the end of the list bound to the name
    case append(value: Expression, list: Identifier)
    /// `for c in codes { show c }`: runs the body once per item, whole or not at all
    case forEach(variable: Identifier, list: Expression, body: [Statement])
    /// `include "common/setup.spark"`
    case include(Expression)
    /// `repeat 20 as i { ... }`
    case repeatBlock(count: Expression, variable: Identifier?, body: [Statement])
    /// `{ ... }`: runs whole or not at all
    case block([Statement])
    /// `policy deletion strict`: chooses between the guide's rule and TikTok's stricter one
    case policy(name: Identifier, value: Identifier)

    // MARK: learning
    /// `help`, `help codes`
    case help(topic: Identifier?)
    /// `explain`, `explain 4025`
    case explain(Expression?)
}

public enum AccountTypeWord: String, Sendable, CaseIterable {
    case personal, creator, business
}

public enum PostKindWord: String, Sendable, CaseIterable {
    case video, story
}

public enum VisibilityWord: String, Sendable, CaseIterable {
    case `public`, `private`, friends
}

public enum CampaignAction: String, Sendable, CaseIterable {
    case publish, pause, resume, stop
}

public enum ComparisonOperator: String, Sendable, CaseIterable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}

/// What `expect error` requires of the failure, if anything.
public enum ErrorMatcher: Sendable {
    case number(Int, SourceRange)
    case text(String, SourceRange)
}

/// One line of a campaign block.
public struct CampaignField: Sendable {
    public var kind: CampaignFieldKind
    public var range: SourceRange

    public init(_ kind: CampaignFieldKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public enum CampaignFieldKind: Sendable {
    /// `video 42`
    case video(Expression)
    /// `budget $50 daily`, `budget $1,000 total`
    case budget(Expression, BudgetPeriod)
    /// `schedule 2026-12-02 to 2026-12-31`; `schedule to 2027-01-15` (only the end, to edit one)
    case schedule(from: Expression?, to: Expression?)
    /// `target US, CA age 18-34`
    case target(regions: [Identifier], ages: AgeRange?)
    /// `url "https://acme.example/winter"`
    case url(Expression)
    /// `cta "Shop now"`
    case cta(Expression)
    /// `format spark` (default) or `format in-feed` (a regular ad, for split tests)
    case format(Identifier)
}

public enum BudgetPeriod: String, Sendable, CaseIterable {
    case daily, total
}

public struct AgeRange: Hashable, Sendable {
    public var minimum: Int
    public var maximum: Int
    public var range: SourceRange

    public init(minimum: Int, maximum: Int, range: SourceRange) {
        self.minimum = minimum
        self.maximum = maximum
        self.range = range
    }
}

/// What `list` lists.
public enum ListQuery: Sendable {
    /// `list codes`, `list codes of @alice`, `list codes in acme`, `list codes expiring within 7d`
    case codes(CodeFilter?)
    /// `list videos`, `list videos by @alice`
    case videos(by: Expression?)
    /// `list campaigns`, `list campaigns of acme`
    case campaigns(of: BrandName?)
    case brands
    case creators
}

public enum CodeFilter: Sendable {
    case ofCreator(Expression)
    case inBrand(BrandName)
    case expiringWithin(Expression)
}

/// A brand where a statement names one: a word (`acme`), or a name made from values
/// (`brand "brand{i}"`), checked as a word when the statement runs.
public enum BrandName: Sendable {
    case written(Identifier)
    case made(Expression)

    public var range: SourceRange {
        switch self {
        case .written(let identifier): identifier.range
        case .made(let expression): expression.range
        }
    }

    /// The name as written, when it was written as a word.
    public var written: Identifier? {
        if case .written(let identifier) = self { return identifier }
        return nil
    }
}
