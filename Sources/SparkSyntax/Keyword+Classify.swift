/// Keyword recognition over raw bytes: no `String` is built for a word the lexer reads.
extension Keyword {
    /// Classifies `bytes[start..<end]`, a word the lexer has just scanned: a switch on the length,
    /// then on the first and last bytes together, then a byte comparison of the rest.
    @inline(__always)
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Keyword {
        let length = end - start
        guard length >= 2, length <= 13 else { return .none }
        let ends = UInt16(bytes[start]) << 8 | UInt16(bytes[end - 1])
        switch length {
        case 2:
            switch ends {
            case 0x6164:  // ad
                if matches(bytes, start, "ad") { return .ad }
                return .none
            case 0x6173:  // as
                if matches(bytes, start, "as") { return .as }
                return .none
            case 0x6279:  // by
                if matches(bytes, start, "by") { return .by }
                return .none
            case 0x696E:  // in
                if matches(bytes, start, "in") { return .in }
                return .none
            case 0x6973:  // is
                if matches(bytes, start, "is") { return .is }
                return .none
            case 0x6F66:  // of
                if matches(bytes, start, "of") { return .of }
                return .none
            case 0x6F6E:  // on
                if matches(bytes, start, "on") { return .on }
                return .none
            case 0x746F:  // to
                if matches(bytes, start, "to") { return .to }
                return .none
            default: return .none
            }
        case 3:
            switch ends {
            case 0x6165:  // age
                if matches(bytes, start, "age") { return .age }
                return .none
            case 0x6361:  // cta
                if matches(bytes, start, "cta") { return .cta }
                return .none
            case 0x6672:  // for
                if matches(bytes, start, "for") { return .for }
                return .none
            case 0x6C74:  // let
                if matches(bytes, start, "let") { return .let }
                return .none
            case 0x6E74:  // not
                if matches(bytes, start, "not") { return .not }
                return .none
            case 0x6E77:  // now
                if matches(bytes, start, "now") { return .now }
                return .none
            case 0x6F66:  // off
                if matches(bytes, start, "off") { return .off }
                return .none
            case 0x756C:  // url
                if matches(bytes, start, "url") { return .url }
                return .none
            default: return .none
            }
        case 4:
            switch ends {
            case 0x6365:  // code
                if matches(bytes, start, "code") { return .code }
                return .none
            case 0x646C:  // deal
                if matches(bytes, start, "deal") { return .deal }
                return .none
            case 0x6574:  // edit
                if matches(bytes, start, "edit") { return .edit }
                return .none
            case 0x6870:  // help
                if matches(bytes, start, "help") { return .help }
                return .none
            case 0x6C74:  // list
                if matches(bytes, start, "list") { return .list }
                return .none
            case 0x6D65:  // make
                if matches(bytes, start, "make") { return .make }
                return .none
            case 0x7074:  // post
                if matches(bytes, start, "post") { return .post }
                return .none
            case 0x7370:  // stop
                if matches(bytes, start, "stop") { return .stop }
                return .none
            case 0x7377:  // show
                if matches(bytes, start, "show") { return .show }
                return .none
            case 0x746E:  // turn
                if matches(bytes, start, "turn") { return .turn }
                return .none
            case 0x7768:  // with
                if matches(bytes, start, "with") { return .with }
                return .none
            default: return .none
            }
        case 5:
            switch ends {
            case 0x6264:  // brand
                if matches(bytes, start, "brand") { return .brand }
                return .none
            case 0x6268:  // batch
                if matches(bytes, start, "batch") { return .batch }
                return .none
            case 0x6373:  // codes
                if matches(bytes, start, "codes") { return .codes }
                return .none
            case 0x6479:  // daily
                if matches(bytes, start, "daily") { return .daily }
                return .none
            case 0x6572:  // error
                if matches(bytes, start, "error") { return .error }
                return .none
            case 0x7065:  // pause
                if matches(bytes, start, "pause") { return .pause }
                return .none
            case 0x7374:  // start
                if matches(bytes, start, "start") { return .start }
                return .none
            case 0x7379:  // story
                if matches(bytes, start, "story") { return .story }
                return .none
            case 0x746C:  // total
                if matches(bytes, start, "total") { return .total }
                return .none
            case 0x766F:  // video
                if matches(bytes, start, "video") { return .video }
                return .none
            default: return .none
            }
        case 6:
            switch ends {
            case 0x6273:  // brands
                if matches(bytes, start, "brands") { return .brands }
                return .none
            case 0x6274:  // budget
                if matches(bytes, start, "budget") { return .budget }
                return .none
            case 0x6465:  // delete
                if matches(bytes, start, "delete") { return .delete }
                return .none
            case 0x6564:  // extend
                if matches(bytes, start, "extend") { return .extend }
                return .none
            case 0x6565:  // enable
                if matches(bytes, start, "enable") { return .enable }
                return .none
            case 0x6574:  // expect
                if matches(bytes, start, "expect") { return .expect }
                return .none
            case 0x6674:  // format
                if matches(bytes, start, "format") { return .format }
                return .none
            case 0x7063:  // public
                if matches(bytes, start, "public") { return .public }
                return .none
            case 0x7079:  // policy
                if matches(bytes, start, "policy") { return .policy }
                return .none
            case 0x7265:  // resume
                if matches(bytes, start, "resume") { return .resume }
                return .none
            case 0x726C:  // reveal
                if matches(bytes, start, "reveal") { return .reveal }
                return .none
            case 0x726D:  // redeem
                if matches(bytes, start, "redeem") { return .redeem }
                return .none
            case 0x7274:  // repeat
                if matches(bytes, start, "repeat") { return .repeat }
                return .none
            case 0x7474:  // target
                if matches(bytes, start, "target") { return .target }
                return .none
            case 0x7673:  // videos
                if matches(bytes, start, "videos") { return .videos }
                return .none
            case 0x776E:  // within
                if matches(bytes, start, "within") { return .within }
                return .none
            default: return .none
            }
        case 7:
            switch ends {
            case 0x6165:  // advance
                if matches(bytes, start, "advance") { return .advance }
                return .none
            case 0x6372:  // creator
                if matches(bytes, start, "creator") { return .creator }
                return .none
            case 0x6465:  // disable
                if matches(bytes, start, "disable") { return .disable }
                return .none
            case 0x656E:  // explain
                if matches(bytes, start, "explain") { return .explain }
                return .none
            case 0x6673:  // friends
                if matches(bytes, start, "friends") { return .friends }
                return .none
            case 0x6965:  // include
                if matches(bytes, start, "include") { return .include }
                return .none
            case 0x7065:  // private
                if matches(bytes, start, "private") { return .private }
                return .none
            case 0x7068:  // publish
                if matches(bytes, start, "publish") { return .publish }
                return .none
            default: return .none
            }
        case 8:
            switch ends {
            case 0x6273:  // business
                if matches(bytes, start, "business") { return .business }
                return .none
            case 0x636E:  // campaign
                if matches(bytes, start, "campaign") { return .campaign }
                return .none
            case 0x6373:  // creators
                if matches(bytes, start, "creators") { return .creators }
                return .none
            case 0x6567:  // expiring
                if matches(bytes, start, "expiring") { return .expiring }
                return .none
            case 0x706C:  // personal
                if matches(bytes, start, "personal") { return .personal }
                return .none
            case 0x7365:  // schedule
                if matches(bytes, start, "schedule") { return .schedule }
                return .none
            default: return .none
            }
        case 9:
            switch ends {
            case 0x6165:  // authorize
                if matches(bytes, start, "authorize") { return .authorize }
                return .none
            case 0x6373:  // campaigns
                if matches(bytes, start, "campaigns") { return .campaigns }
                return .none
            default: return .none
            }
        case 13:
            switch ends {
            case 0x616E:  // authorization
                if matches(bytes, start, "authorization") { return .authorization }
                return .none
            default: return .none
            }
        default:
            return .none
        }
    }

    @inline(__always)
    private static func matches(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ word: StaticString
    ) -> Bool {
        let count = word.utf8CodeUnitCount
        let text = word.utf8Start
        // The first and last bytes and the length already matched.
        var index = 1
        while index < count - 1 {
            if bytes[start + index] != text[index] { return false }
            index += 1
        }
        return true
    }
}
