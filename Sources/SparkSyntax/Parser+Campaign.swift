/// The brand side: brands, redeeming codes, campaigns and their fields (what Ads Manager does).
extension Parser {
    static let campaignFieldWords = ["video", "budget", "schedule", "target", "url", "cta", "format"]
    static let adFormats = ["spark", "in-feed"]

    mutating func parseBrandSide() throws(ParseFailure) -> StatementKind {
        let keyword = token.keyword
        let keywordStart = token.start
        advance()
        switch keyword {
        case .brand:
            // brand -> "brand" NAME [ STRING ]
            let name = try parseName("a brand name after `brand`")
            bindName(name.name)
            return .brand(name: name, displayName: token.kind == .string ? try parseValue() : nil)
        case .redeem:
            // redeem -> "redeem" value "as" NAME
            let code = try parseValue()
            try expect(.as, "between the code and the brand")
            return .redeem(code: code, brand: try parseBrandName(after: "as"))
        case .batch:
            // batch -> "batch" value "as" NAME
            let codes = try parseValue()
            try expect(.as, "between the codes and the brand")
            return .batch(codes: codes, brand: try parseBrandName(after: "as"))
        case .campaign:
            return try parseCampaign(from: keywordStart)
        default:
            // campaign-action -> ( "publish" | "pause" | "resume" | "stop" ) value
            let action: CampaignAction =
                switch keyword {
                case .publish: .publish
                case .pause: .pause
                case .resume: .resume
                default: .stop
                }
            return .campaignAction(action, campaign: try parseValue())
        }
    }

    // campaign -> "campaign" value "by" NAME "{" { field separator } "}"
    //           | "campaign" value                      (a reference: shows the campaign)
    private mutating func parseCampaign(from start: Int) throws(ParseFailure) -> StatementKind {
        let name = try parseValue()
        guard at(.by) else {
            let reference = Expression(.campaign(name), SourceRange(start: start, end: name.range.end))
            return .expression(reference)
        }
        advance()
        let brand = try parseBrandName(after: "by")
        let fields = try parseBlock { (parser: inout Parser) throws(ParseFailure) -> CampaignField in
            try parser.parseCampaignField()
        }.items
        return .campaign(name: name, brand: brand, fields: fields)
    }

    // field -> "video" value | "budget" value ( "daily" | "total" ) | "schedule" value [ "to" value ]
    //        | "target" REGION { "," REGION } [ "age" INTEGER "-" INTEGER ]
    //        | "url" value | "cta" value | "format" ( "spark" | "in-feed" )
    mutating func parseCampaignField() throws(ParseFailure) -> CampaignField {
        let start = token.start
        lexerErrorsBeforeStatement = lexerErrorCount
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
            kind = .budget(amount, try parseWord(BudgetPeriod.self, "a budget period"))
        case .schedule:
            advance()
            let from = try parseValue()
            var until: Expression?
            if at(.to) {
                advance()
                until = try parseValue()
            }
            kind = .schedule(from: from, to: until)
        case .target:
            advance()
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

    // target -> "target" REGION { "," REGION } [ "age" INTEGER "-" INTEGER ]
    private mutating func parseTarget() throws(ParseFailure) -> CampaignFieldKind {
        var regions: [Identifier] = []
        repeat {
            if !regions.isEmpty { advance() }  // the comma
            guard token.kind == .word, !at(.age) else {
                throw failure("expected a region, like `US`, found \(describe(token))")
            }
            let region = text(of: token)
            guard region.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else {
                throw failure(
                    "a region is an upper-case country code like `US`, found `\(region)`",
                    help: "write `\(region.uppercased())`")
            }
            regions.append(Identifier(region, token.range))
            advance()
        } while token.kind == .comma
        guard at(.age) else { return .target(regions: regions, ages: nil) }
        advance()
        let start = token.start
        let minimum = try parseAge()
        guard token.kind == .minus else {
            throw failure("expected `-` between the ages, like `age 18-34`, found \(describe(token))")
        }
        advance()
        let maximum = try parseAge()
        let range = SourceRange(start: start, end: previousEnd)
        guard minimum <= maximum else {
            throw failure(
                "the age range runs backwards", at: range,
                help: "write the lower age first: `age \(maximum)-\(minimum)`")
        }
        return .target(regions: regions, ages: AgeRange(minimum: minimum, maximum: maximum, range: range))
    }

    private mutating func parseAge() throws(ParseFailure) -> Int {
        guard token.kind == .integer else {
            throw failure("expected an age, like `18`, found \(describe(token))")
        }
        guard token.number >= 13, token.number <= 100 else {
            throw failure("ages run from 13 to 100", notes: ["TikTok ads target ages 13 to 100"])
        }
        let age = Int(token.number)
        advance()
        return age
    }

    // format -> "spark" | "in-feed"
    private mutating func parseFormat() throws(ParseFailure) -> Identifier {
        guard token.kind == .word else {
            throw failure("expected an ad format (`spark` or `in-feed`), found \(describe(token))")
        }
        let word = text(of: token)
        guard Parser.adFormats.contains(word) else {
            throw failure(
                "unknown ad format `\(word)`", notes: ["the formats are spark and in-feed"],
                help: Parser.didYouMean(word, among: Parser.adFormats))
        }
        return try parseName("an ad format")
    }
}
