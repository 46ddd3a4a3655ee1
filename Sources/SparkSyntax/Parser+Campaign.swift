/// The brand side: brands, redeeming codes, campaigns and their fields (what Ads Manager does).
///
/// Which regions and ages a campaign may target is the domain's to say (`SparkModel`'s targeting
/// rules, checked at `publish`), not the parser's: the parser checks only the shape of a field.
extension Parser {
    static let campaignFieldWords = Language.campaignFieldWords
    static let adFormats: [String] = (Language.campaignFields.first { $0.word == "format" }?.patterns ?? [])
        .flatMap { form in
            form.dropFirst().flatMap { part -> [String] in
                if case .words(let words) = part { return words }
                return []
            }
        }

    // brand       = "brand" ( name | string ) [ string ] [ "advertiser" value ] ;
    mutating func parseBrand() throws(ParseFailure) -> StatementKind {
        advance()
        let name: BrandName
        if token.kind == .string, !token.makesHandle {
            name = .made(try parseMadeBrandName())
        } else {
            let written = try parseName("a brand name after `brand`")
            bindName(written.name)
            name = .written(written)
            if token.kind == .word, !at(.advertiser) {
                // `brand Acme Outdoor`: a display name of several words, unquoted.
                let rest = text(of: token)
                throw failure(
                    "unexpected `\(rest)` after the brand's name",
                    help:
                        "quote the display name: `brand \(written.name.lowercased()) \"\(written.name) \(rest)\"`"
                )
            }
        }
        let display = token.kind == .string ? try parsePrimary() : nil
        var advertiser: Expression?
        if at(.advertiser) {
            advance()
            advertiser = try parseValue()
        }
        return .brand(name: name, displayName: display, advertiser: advertiser)
    }

    // redeem      = "redeem" value "as" brand-name ;
    mutating func parseRedeem() throws(ParseFailure) -> StatementKind {
        advance()
        let code = try parseValue()
        try expect(.as, "between the code and the brand")
        return .redeem(code: code, brand: try parseBrandName(after: "as"))
    }

    // batch       = "batch" value "as" brand-name ;
    mutating func parseBatch() throws(ParseFailure) -> StatementKind {
        advance()
        let codes = try parseValue()
        if token.kind == .comma {
            // `batch c1, c2 as acme`: the codes are one value, a list.
            throw failure(
                "expected `as` between the codes and the brand, found `,`",
                help: "a list of codes is written in brackets: `batch [c1, c2] as acme`")
        }
        try expect(.as, "between the codes and the brand")
        return .batch(codes: codes, brand: try parseBrandName(after: "as"))
    }

    // unbind      = "unbind" "video" value "from" brand-name ;
    mutating func parseUnbind() throws(ParseFailure) -> StatementKind {
        advance()
        try expect(.video, "after `unbind`")
        let video = try parseValue()
        try expect(.from, "between the video and the brand")
        return .unbind(video: video, brand: try parseBrandName(after: "from"))
    }

    // edit        = "edit" "video" value name [ value ] [ "as" actor ]
    //             | "edit" "campaign" value fields ;
    mutating func parseEdit() throws(ParseFailure) -> StatementKind {
        advance()
        if at(.campaign) {
            advance()
            let name = try parseValue()
            return .editCampaign(name: name, fields: try parseFields())
        }
        guard at(.video) else {
            throw failure(
                "expected `video` or `campaign` after `edit`, found \(describe(token))",
                help: "write `edit campaign \"winter\" { url \"https://...\" }`")
        }
        advance()
        let video = try parseValue()
        let attribute = try parseName("what to edit, like `caption`")
        let value = token.endsStatement || at(.as) ? nil : try parseValue()
        var actor: Expression?
        if at(.as) {
            advance()
            actor = try parseActor()
        }
        return .edit(video: video, attribute: attribute, value: value, actingAs: actor)
    }

    // campaign-action = ( "publish" | "pause" | "resume" | "stop" ) value ;
    mutating func parseCampaignAction() throws(ParseFailure) -> StatementKind {
        let action: CampaignAction =
            switch token.keyword {
            case .publish: .publish
            case .pause: .pause
            case .resume: .resume
            default: .stop
            }
        advance()
        return .campaignAction(action, campaign: try parseValue())
    }

    // campaign    = "campaign" value [ "by" brand-name fields ] ;
    mutating func parseCampaign() throws(ParseFailure) -> StatementKind {
        let start = token.start
        advance()
        let name = try parseValue()
        guard at(.by) else {
            // Without `by`, a reference: the statement shows the campaign.
            let reference = Expression(.campaign(name), SourceRange(start: start, end: name.range.end))
            return .expression(reference)
        }
        advance()
        let brand = try parseBrandName(after: "by")
        return .campaign(name: name, brand: brand, fields: try parseFields())
    }

    // fields      = "{" { separator } [ field { separator { separator } field } ] { separator } "}" ;
    mutating func parseFields() throws(ParseFailure) -> [CampaignField] {
        try parseBlock { (parser: inout Parser) throws(ParseFailure) -> CampaignField in
            try parser.parseCampaignField()
        }.items
    }

    // field       = "video" value
    //             | "budget" value ( "daily" | "total" )
    //             | "schedule" ( value [ "to" value ] | "to" value )
    //             | target
    //             | "url" value
    //             | "cta" value
    //             | "format" format ;
    mutating func parseCampaignField() throws(ParseFailure) -> CampaignField {
        let start = token.start
        lexerErrorsBeforeStatement = lexerErrorCount
        operatorCount = 0
        guard token.kind == .word else {
            throw failure("expected a campaign field, found \(describe(token))")
        }
        let keyword = token.keyword
        let kind: CampaignFieldKind
        switch keyword {
        case .video:
            advance()
            kind = .video(try parseValue())
        case .budget:
            advance()
            let amount = try parseValue()
            kind = .budget(amount, try takeChoice(BudgetPeriod.self, "a budget period"))
        case .schedule:
            advance()
            if at(.to) {
                advance()
                kind = .schedule(from: nil, to: try parseValue())
                break
            }
            let from = try parseValue()
            var until: Expression?
            if at(.to) {
                advance()
                until = try parseValue()
            }
            kind = .schedule(from: from, to: until)
        case .target:
            kind = try parseTarget()
        case .url:
            advance()
            kind = .url(try parseValue())
        case .cta:
            advance()
            kind = .cta(try parseValue())
        case .format:
            advance()
            kind = .format(try parseFormat())
        default:
            let word = text(of: token)
            throw failure(
                "unknown campaign field `\(word)`", at: token.range,
                notes: ["the fields are \(Parser.campaignFieldWords.joined(separator: ", "))"],
                help: Parser.didYouMean(word, among: Parser.campaignFieldWords))
        }
        return CampaignField(kind, SourceRange(start: start, end: previousEnd))
    }

    // target      = "target" word { "," word } [ "age" integer "-" integer ] ;
    mutating func parseTarget() throws(ParseFailure) -> CampaignFieldKind {
        advance()
        var regions: [Identifier] = []
        repeat {
            if !regions.isEmpty { advance() }  // the comma
            guard token.kind == .word, !at(.age) else {
                throw failure("expected a region, like `US`, found \(describe(token))")
            }
            regions.append(Identifier(text(of: token), token.range))
            advance()
        } while token.kind == .comma
        guard at(.age) else { return .target(regions: regions, ages: nil) }
        advance()
        let start = token.start
        let minimum = try takeAge()
        guard token.kind == .minus else {
            throw failure("expected `-` between the ages, like `age 18-34`, found \(describe(token))")
        }
        advance()
        let maximum = try takeAge()
        let range = SourceRange(start: start, end: previousEnd)
        // The shape of a range, not a domain limit: the lower age comes first.
        guard minimum <= maximum else {
            throw failure(
                "the age range runs backwards", at: range,
                help: "write the lower age first: `age \(maximum)-\(minimum)`")
        }
        return .target(regions: regions, ages: AgeRange(minimum: minimum, maximum: maximum, range: range))
    }

    /// An age: any integer (clamped to `Int`); which ages TikTok allows is the domain's rule.
    private mutating func takeAge() throws(ParseFailure) -> Int {
        guard token.kind == .integer else {
            throw failure("expected an age, like `18`, found \(describe(token))")
        }
        let age = Int(clamping: token.number)
        advance()
        return age
    }

    // format      = "spark" | "in-feed" ;
    mutating func parseFormat() throws(ParseFailure) -> Identifier {
        guard token.kind == .word else {
            throw failure("expected an ad format (`spark` or `in-feed`), found \(describe(token))")
        }
        let word = text(of: token)
        guard Parser.adFormats.contains(word) else {
            throw failure(
                "unknown ad format `\(word)`",
                notes: ["the formats are \(Parser.adFormats.joined(separator: " and "))"],
                help: Parser.didYouMean(word, among: Parser.adFormats))
        }
        return try parseName("an ad format")
    }
}
