/// The creator side: accounts, posts, authorization codes (what the TikTok app does).
extension Parser {
    // creator     = "creator" value [ "as" ( "personal" | "creator" | "business" ) ] ;
    mutating func parseCreator() throws(ParseFailure) -> StatementKind {
        advance()
        let handle = try parseValue()
        guard at(.as) else { return .creator(handle: handle, accountType: nil) }
        advance()
        return .creator(handle: handle, accountType: try takeChoice(AccountTypeWord.self, "an account type"))
    }

    // account-ads = ( "enable" | "disable" ) "ad" "authorization" "for" value ;
    mutating func parseAccountAds() throws(ParseFailure) -> StatementKind {
        let enabled = at(.enable)
        advance()
        try expectAdAuthorization()
        try expect(.for, "after `ad authorization`")
        return .setAccountAdAuthorization(handle: try parseValue(), enabled: enabled)
    }

    // post        = "post" ( "video" | "story" ) value "by" value [ string ] [ visibility ] ;
    mutating func parsePost() throws(ParseFailure) -> StatementKind {
        advance()
        guard at(.video) || at(.story) else {
            throw failure(
                "expected `video` or `story` after `post`, found \(describe(token))",
                help: token.kind == .word
                    ? Parser.didYouMean(text(of: token), among: ["video", "story"]) : nil)
        }
        let kind: PostKindWord = at(.video) ? .video : .story
        advance()
        let id = try parseValue()
        try expect(.by, "between the post and its owner")
        let owner = try parseValue()
        let caption = token.kind == .string ? try parseValue() : nil
        let visibility = token.endsStatement ? nil : try parseVisibility()
        return .post(kind: kind, id: id, owner: owner, caption: caption, visibility: visibility)
    }

    // make        = "make" "video" value visibility ;
    mutating func parseMake() throws(ParseFailure) -> StatementKind {
        advance()
        try expect(.video, "after `make`")
        let id = try parseValue()
        return .makeVideo(id: id, visibility: try parseVisibility())
    }

    // authorize   = "authorize" "video" value [ "for" value ] [ "as" actor ] ;
    mutating func parseAuthorize() throws(ParseFailure) -> StatementKind {
        advance()
        try expect(.video, "after `authorize`")
        let video = try parseValue()
        var duration: Expression?
        if at(.for) {
            advance()
            duration = try parseValue()
        }
        var actor: Expression?
        if at(.as) {
            advance()
            actor = try parseActor()
        }
        return .authorize(video: video, duration: duration, actingAs: actor)
    }

    // extend      = "extend" value "by" value ;
    mutating func parseExtend() throws(ParseFailure) -> StatementKind {
        advance()
        let code = try parseValue()
        try expect(.by, "between the code and the duration")
        return .extend(code: code, by: try parseValue())
    }

    // delete      = "delete" ( "code" | "video" | "campaign" ) value ;
    mutating func parseDelete() throws(ParseFailure) -> StatementKind {
        advance()
        if at(.code) {
            advance()
            return .deleteCode(try parseValue())
        }
        if at(.campaign) {
            advance()
            return .deleteCampaign(try parseValue())
        }
        guard at(.video) else {
            throw failure(
                "expected `code`, `video` or `campaign` after `delete`, found \(describe(token))",
                help: "write `delete code c`, `delete video 42` or `delete campaign \"winter\"`")
        }
        advance()
        return .deleteVideo(try parseValue())
    }

    // turn        = "turn" ( "on" | "off" ) "ad" "authorization" "for" "video" value ;
    mutating func parseTurn() throws(ParseFailure) -> StatementKind {
        advance()
        guard at(.on) || at(.off) else {
            throw failure("expected `on` or `off` after `turn`, found \(describe(token))")
        }
        let enabled = at(.on)
        advance()
        try expectAdAuthorization()
        try expect(.for, "after `ad authorization`")
        try expect(.video, "after `for`")
        return .setVideoAdAuthorization(video: try parseValue(), enabled: enabled)
    }

    // deal        = "deal" value "with" brand-name [ money ] [ string ] ;
    mutating func parseDeal() throws(ParseFailure) -> StatementKind {
        advance()
        let creator = try parseValue()
        try expect(.with, "between the creator and the brand")
        let brand = try parseBrandName(after: "with")
        let amount = token.kind == .money ? try parseValue() : nil
        let note = token.kind == .string ? try parsePrimary() : nil
        return .deal(creator: creator, brand: brand, amount: amount, note: note)
    }

    // visibility  = "public" | "private" | "friends" ;
    mutating func parseVisibility() throws(ParseFailure) -> VisibilityWord {
        try takeChoice(VisibilityWord.self, "a visibility")
    }

    private mutating func expectAdAuthorization() throws(ParseFailure) {
        try expect(.ad, "(the setting is `ad authorization`)")
        try expect(.authorization, "after `ad`")
    }

    /// One of a closed set of words (a visibility, an account type, a budget period), with a
    /// "did you mean" for a near miss.
    mutating func takeChoice<Word: RawRepresentable & CaseIterable>(
        _ type: Word.Type, _ what: String
    ) throws(ParseFailure) -> Word where Word.RawValue == String {
        let choices = Word.allCases.map(\.rawValue)
        guard token.kind == .word else {
            throw failure(
                "expected \(what), found \(describe(token))",
                notes: ["\(what) is one of: \(choices.joined(separator: ", "))"])
        }
        let written = text(of: token)
        guard let word = Word(rawValue: written) else {
            throw failure(
                "unknown \(what.split(separator: " ").dropFirst().joined(separator: " ")) `\(written)`",
                notes: ["\(what) is one of: \(choices.joined(separator: ", "))"],
                help: Parser.didYouMean(written, among: choices))
        }
        advance()
        return word
    }
}
