/// Checks that need no world, run over each statement as the parser yields it (streaming).
///
/// Today: a name used as a value before any `let` binds it, and not declared by `brand NAME`, is an
/// error. The check is conservative, so valid scripts never trip it:
/// - a `let` anywhere binds its name from then on, even inside a block or a `repeat` body, and a
///   `repeat ... as i` counter stays bound after its loop (whether it ran is the runtime's business);
/// - names inside `expect error { ... }` are not checked (a script may expect exactly that failure),
///   though `let`s there still bind;
/// - after an `include`, names are no longer checked: the included file may bind any of them;
/// - brand positions (`redeem c as acme`, `campaign ... by acme`) are never checked: an unknown
///   brand is the domain's error to report, with its own advice.
public struct StaticChecker: Sendable {
    var bound: Set<String>
    /// False after an `include`: bindings are no longer all visible.
    var checksNames = true

    /// A checker that already knows `knownNames` (the REPL passes the bindings of earlier lines).
    public init(knownNames: Set<String> = []) {
        bound = knownNames
    }

    /// The problems in `statement`; its bindings are remembered for the statements after it.
    public mutating func check(_ statement: Statement, in file: SourceFile?) -> [Diagnostic] {
        var found: [Diagnostic] = []
        visit(statement, file: file, checking: checksNames, into: &found)
        return found
    }

    private mutating func visit(
        _ statement: Statement, file: SourceFile?, checking: Bool, into found: inout [Diagnostic]
    ) {
        // Reads the value expressions first, then records what the statement binds.
        func use(_ expression: Expression?) {
            if checking, let expression { uses(expression, file: file, into: &found) }
        }
        switch statement.kind {
        case .start(let value), .advanceBy(let value), .advanceTo(let value), .deleteCode(let value),
            .deleteVideo(let value), .show(let value), .reveal(let value), .expression(let value):
            use(value)
        case .include(let value):
            use(value)
            checksNames = false
        case .now, .help, .policy:
            break
        case .creator(let handle, _), .setAccountAdAuthorization(let handle, _):
            use(handle)
        case .post(_, let id, let owner, let caption, _):
            use(id)
            use(owner)
            use(caption)
        case .makeVideo(let id, _), .setVideoAdAuthorization(let id, _):
            use(id)
        case .authorize(let video, let duration, let actor):
            use(video)
            use(duration)
            use(actor)
        case .extend(let code, let duration):
            use(code)
            use(duration)
        case .deal(let creator, _, let amount, let note):
            use(creator)
            use(amount)
            use(note)
        case .brand(let name, let displayName):
            use(displayName)
            bound.insert(name.name)
        case .redeem(let code, _), .batch(let code, _):
            use(code)
        case .campaign(let name, _, let fields):
            use(name)
            for field in fields { visit(field, use: use) }
        case .campaignAction(_, let campaign):
            use(campaign)
        case .edit(let video, _, let value, let actor):
            use(video)
            use(value)
            use(actor)
        case .list(let query):
            switch query {
            case .codes(.ofCreator(let value)), .codes(.expiringWithin(let value)),
                .videos(by: .some(let value)):
                use(value)
            case .codes, .videos, .campaigns, .brands, .creators:
                break
            }
        case .expectState(let subject, _, _):
            use(subject)
        case .expectProperty(_, let subject, _, let value):
            use(subject)
            use(value)
        case .expectError(_, let body):
            for inner in body { visit(inner, file: file, checking: false, into: &found) }
        case .bind(let name, let value):
            visit(value, file: file, checking: checking, into: &found)
            bound.insert(name.name)
        case .repeatBlock(let count, let variable, let body):
            use(count)
            if let variable { bound.insert(variable.name) }
            for inner in body { visit(inner, file: file, checking: checksNames && checking, into: &found) }
        case .block(let body):
            for inner in body { visit(inner, file: file, checking: checksNames && checking, into: &found) }
        case .explain(let value):
            use(value)
        }
    }

    private func visit(_ field: CampaignField, use: (Expression?) -> Void) {
        switch field.kind {
        case .video(let value), .url(let value), .cta(let value), .budget(let value, _):
            use(value)
        case .schedule(let from, let until):
            use(from)
            use(until)
        case .target, .format:
            break
        }
    }

    private func uses(_ expression: Expression, file: SourceFile?, into found: inout [Diagnostic]) {
        switch expression.kind {
        case .name(let identifier):
            guard !bound.contains(identifier.name) else { return }
            found.append(
                Diagnostic(
                    .error, "`\(identifier.name)` is used before it is bound", file: file,
                    range: identifier.range, notes: ["a name is bound by `let \(identifier.name) = ...`"],
                    help: suggestion(for: identifier.name)))
        case .list(let items):
            for item in items { uses(item, file: file, into: &found) }
        case .video(let inner), .campaign(let inner):
            uses(inner, file: file, into: &found)
        case .integer, .money, .timeSpan, .dateTime, .string, .code, .handle, .brand:
            break
        }
    }

    private func suggestion(for name: String) -> String? {
        // Statement words first: a lone `autorize` is more likely a typo than a missing binding.
        if let word = EditDistance.closest(to: name, among: Parser.statementWords) {
            return "did you mean `\(word)`?"
        }
        // Comparing against every binding of a huge script would be slow; suggest only in small ones.
        guard bound.count <= 1_000 else { return nil }
        return EditDistance.closest(to: name, among: bound.sorted()).map { "did you mean `\($0)`?" }
    }
}
