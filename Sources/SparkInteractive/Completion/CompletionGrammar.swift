import SparkModel
import SparkSyntax

/// Finds what may come next in a statement by walking the language table's forms (`Language`)
/// over the statement's finished tokens: the slot the cursor is in, and what it offers.
///
/// Every form is spelled out once as straight sequences of words and slots (optional parts taken
/// and left out, choices and subjects each their own sequence). A sequence that matches all the
/// finished tokens offers its next step. Like the parser, a word read as a keyword or a listed word
/// (a property, a state) beats the same word read as a name: after `expect likes` only the property
/// form is left, so `of` is offered and `is` is not.
enum CompletionGrammar {
    /// One step of a spelled-out form.
    enum Step: Sendable {
        case words([String])
        case slot(Language.Slot)
        /// A subject, and which kind of thing it names (for the states that follow).
        case subject(Language.SubjectKind, Language.Slot)
    }

    static let statementPaths: [[Step]] = Language.statements.flatMap { $0.patterns.flatMap(spellOut) }
    static let fieldPaths: [[Step]] = Language.campaignFields.flatMap { $0.patterns.flatMap(spellOut) }
    /// The statements' paths that hold a block of campaign fields.
    static let pathsWithFields: [[Step]] = statementPaths.filter { path in
        path.contains { if case .slot(.fields) = $0 { true } else { false } }
    }

    /// Whether `tokens` have come to a FIELDS slot of a form: the `{` there opens fields.
    static func expectsFields(after tokens: ArraySlice<CompletionScan.Token>) -> Bool {
        offers(after: tokens, among: pathsWithFields).contains(.words(["{"]))
    }

    /// The durations a code may last, from the domain's own list.
    static let durations = AuthorizationDuration.allCases.map { "\($0.days)d" }

    /// What may come after the finished tokens of `line`.
    static func offers(for line: CompletionLine) -> [CompletionOffer] {
        switch line.place {
        case .comment: []
        case .list: [.bindings]
        case .campaignField: offers(after: line.tokens[...], among: fieldPaths)
        case .statement: offers(after: line.tokens[...], among: statementPaths)
        }
    }

    /// A path's match so far: per token, whether it was read as a listed word (true) or a name.
    private struct Reading {
        var literal: [Bool]
        var offers: [CompletionOffer]
    }

    static func offers(after tokens: ArraySlice<CompletionScan.Token>, among paths: [[Step]])
        -> [CompletionOffer]
    {
        var readings: [Reading] = []
        for path in paths {
            walk(path[...], tokens, literal: [], subject: nil, into: &readings)
        }
        guard let best = readings.map(\.literal).max(by: { $0.lexicographicallyPrecedes($1) { !$0 && $1 } })
        else { return [] }
        return readings.filter { $0.literal == best }.flatMap(\.offers)
    }

    private static func walk(
        _ steps: ArraySlice<Step>, _ tokens: ArraySlice<CompletionScan.Token>, literal: [Bool],
        subject: Language.SubjectKind?, into readings: inout [Reading]
    ) {
        guard let token = tokens.first else {
            readings.append(
                Reading(literal: literal, offers: steps.first.map { offers(for: $0, subject) } ?? []))
            return
        }
        guard let step = steps.first else { return }
        let rest = steps.dropFirst()
        switch step {
        case .words(let words):
            if words.contains(token.text) {
                walk(rest, tokens.dropFirst(), literal: literal + [true], subject: subject, into: &readings)
            }
        case .slot(.statement):
            // `let x = STATEMENT`: the rest of the tokens are a statement of their own.
            if token.kind == .word, Language.statement(token.text) != nil {
                readings.append(
                    Reading(
                        literal: literal + Array(repeating: true, count: tokens.count),
                        offers: offers(after: tokens, among: statementPaths)))
            }
        case .slot(.regions):
            // `US, CA`: a word, then a comma and a word, as often as written.
            var end = tokens.startIndex
            while end < tokens.endIndex, tokens[end].kind == .word {
                end += 1
                walk(
                    rest, tokens[end...],
                    literal: literal + Array(repeating: false, count: end - tokens.startIndex),
                    subject: subject, into: &readings)
                guard end + 1 < tokens.endIndex, tokens[end].kind == .comma else { break }
                end += 1
            }
        case .slot(.ages):
            let kinds = tokens.prefix(3).map(\.kind)
            if kinds == [.integer, .minus, .integer] {
                walk(
                    rest, tokens.dropFirst(3), literal: literal + [false, false, false], subject: subject,
                    into: &readings)
            }
        case .slot(let slot):
            if let isListed = reads(token, as: slot) {
                walk(
                    rest, tokens.dropFirst(), literal: literal + [isListed], subject: subject, into: &readings
                )
            }
        case .subject(let kind, let slot):
            if let isListed = reads(token, as: slot) {
                walk(rest, tokens.dropFirst(), literal: literal + [isListed], subject: kind, into: &readings)
            }
        }
    }

    /// Whether `token` can fill `slot`: nil if not, true if it is one of the slot's listed words.
    private static func reads(_ token: CompletionScan.Token, as slot: Language.Slot) -> Bool? {
        let kind = token.kind
        let fits: Bool
        switch slot {
        case .handle: fits = kind == .handle
        case .video, .number: fits = kind == .integer || kind == .word
        case .code: fits = kind == .word || kind == .code || kind == .string
        case .codes, .list: fits = kind == .leftBracket || kind == .word
        case .campaign, .string: fits = kind == .string || kind == .word
        case .duration, .lifetime: fits = kind == .duration || kind == .word
        case .date: fits = kind == .date || kind == .word
        case .money: fits = kind == .money || kind == .word
        case .brand, .name, .topic: fits = kind == .word
        case .value: fits = ![.comparison, .assign, .minus, .comma, .leftBrace, .invalid].contains(kind)
        case .block, .fields: fits = kind == .leftBrace
        case .comparison: fits = kind == .comparison
        case .state: return kind == .word && Language.stateWords.contains(token.text) ? true : nil
        case .property: return kind == .word && Language.propertyWords.contains(token.text) ? true : nil
        case .subject, .statement, .regions, .ages: fits = false
        }
        return fits ? false : nil
    }

    private static func offers(for step: Step, _ subject: Language.SubjectKind?) -> [CompletionOffer] {
        switch step {
        case .words(let words): [.words(words)]
        case .subject(_, let slot): offers(for: .slot(slot), nil)
        case .slot(let slot):
            switch slot {
            case .handle: [.handles]
            case .video: [.videoIDs]
            case .code, .codes, .list: [.bindings]
            case .brand: [.brands]
            case .campaign: [.campaigns]
            case .duration, .lifetime: [.words(durations)]
            case .state: [.words(subject.map(Language.states(of:)) ?? Language.stateWords)]
            case .property: [.words(Language.propertyWords)]
            case .comparison: [.words(Language.comparisons)]
            case .block, .fields: [.words(["{"])]
            case .topic: [.words(Language.helpWords)]
            case .statement: [.words(Language.statementWords)]
            case .subject, .date, .money, .string, .number, .name, .value, .regions, .ages: []
            }
        }
    }

    /// The straight sequences of steps a form's patterns allow, in the order written (an optional
    /// part taken before it is left out).
    static func spellOut(_ patterns: [Language.Pattern]) -> [[Step]] {
        var paths: [[Step]] = [[]]
        for pattern in patterns {
            let options: [[Step]]
            switch pattern {
            case .words(let words): options = [[.words(words)]]
            case .slot(.subject):
                options = Language.subjects.flatMap { subject in
                    spellOut(subject.patterns).map { steps in
                        steps.map { step in
                            if case .slot(let slot) = step { return .subject(subject.kind, slot) }
                            return step
                        }
                    }
                }
            case .slot(let slot): options = [[.slot(slot)]]
            case .optional(let inner): options = spellOut(inner) + [[]]
            case .choice(let alternatives): options = alternatives.flatMap(spellOut)
            }
            paths = paths.flatMap { path in options.map { path + $0 } }
        }
        return paths
    }
}
