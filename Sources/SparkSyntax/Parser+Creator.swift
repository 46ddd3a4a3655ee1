/// The creator side: accounts, posts, authorization codes (what the TikTok app does).
extension Parser {
    mutating func parseCreatorSide() throws(ParseFailure) -> StatementKind {
        let keyword = token.keyword
        advance()
        switch keyword {
        case .creator:
            // creator -> "creator" value [ "as" ( "personal" | "creator" | "business" ) ]
            let handle = try parseValue()
            guard at(.as) else { return .creator(handle: handle, accountType: nil) }
            advance()
            return .creator(
                handle: handle, accountType: try parseWord(AccountTypeWord.self, "an account type"))
        case .enable, .disable:
            // account-ads -> ( "enable" | "disable" ) "ad" "authorization" "for" value
            try expectAdAuthorization()
            try expect(.for, "after `ad authorization`")
            return .setAccountAdAuthorization(handle: try parseValue(), enabled: keyword == .enable)
        case .post:
            return try parsePost()
        case .make:
            // make -> "make" "video" value VISIBILITY
            try expect(.video, "after `make`")
            let id = try parseValue()
            return .makeVideo(id: id, visibility: try parseWord(VisibilityWord.self, "a visibility"))
        case .authorize:
            // authorize -> "authorize" "video" value [ "for" value ] [ "as" actor ]
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
        case .extend:
            // extend -> "extend" value "by" value
            let code = try parseValue()
            try expect(.by, "between the code and the duration")
            return .extend(code: code, by: try parseValue())
        case .delete:
            // delete -> "delete" ( "code" | "video" ) value
            if at(.code) {
                advance()
                return .deleteCode(try parseValue())
            }
            guard at(.video) else {
                throw failure(
                    "expected `code` or `video` after `delete`, found \(describe(token))",
                    help: "write `delete code c` or `delete video 42`")
            }
            advance()
            return .deleteVideo(try parseValue())
        case .turn:
            // turn -> "turn" ( "on" | "off" ) "ad" "authorization" "for" "video" value
            guard at(.on) || at(.off) else {
                throw failure("expected `on` or `off` after `turn`, found \(describe(token))")
            }
            let enabled = at(.on)
            advance()
            try expectAdAuthorization()
            try expect(.for, "after `ad authorization`")
            try expect(.video, "after `for`")
            return .setVideoAdAuthorization(video: try parseValue(), enabled: enabled)
        case .deal:
            // deal -> "deal" value "with" NAME [ MONEY ] [ STRING ]
            let creator = try parseValue()
            try expect(.with, "between the creator and the brand")
            let brand = try parseBrandName(after: "with")
            let amount = token.kind == .money ? try parseValue() : nil
            let note = token.kind == .string ? try parseValue() : nil
            return .deal(creator: creator, brand: brand, amount: amount, note: note)
        default:
            return try parseEdit()
        }
    }

    // post -> "post" ( "video" | "story" ) value "by" value [ STRING ] [ VISIBILITY ]
    private mutating func parsePost() throws(ParseFailure) -> StatementKind {
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
        let visibility = token.endsStatement ? nil : try parseWord(VisibilityWord.self, "a visibility")
        return .post(kind: kind, id: id, owner: owner, caption: caption, visibility: visibility)
    }

    // edit -> "edit" "video" value NAME [ value ] [ "as" actor ]
    private mutating func parseEdit() throws(ParseFailure) -> StatementKind {
        try expect(.video, "after `edit`")
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

    private mutating func expectAdAuthorization() throws(ParseFailure) {
        try expect(.ad, "(the setting is `ad authorization`)")
        try expect(.authorization, "after `ad`")
    }

    /// One of a closed set of words (a visibility, an account type, a budget period), with a
    /// "did you mean" for a near miss.
    mutating func parseWord<Word: RawRepresentable & CaseIterable>(
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
