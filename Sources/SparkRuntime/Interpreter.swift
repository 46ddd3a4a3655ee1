import SparkModel
import SparkSyntax

/// One run of statements against a session's world: a script, a piece of REPL input, a silent
/// check. The run's context (where its records go, whether its errors are remembered, what it
/// counted) is its own; the world and the bindings are the session's. One exhaustive switch; each
/// group of statements has its own file (`Interpreter+Creator.swift`, `Interpreter+Brand.swift`, ...).
final class Interpreter {
    let state: SessionState
    let world: World
    let bindings: Bindings
    let sink: RecordSink
    /// Asked of the sink once: results are built only when someone will read them.
    let wantsResults: Bool
    /// False for silent checks: their refusals are not the last error `explain` explains.
    let remembersErrors: Bool
    /// The file whose statements are running: diagnostics and results point into it.
    var currentFile: SourceFile
    /// Resolved paths of the files being included, outermost first, to refuse cycles.
    var includeStack: [String] = []
    /// Where each running `include` was written, outermost first: the chain a too-deep include shows.
    var includeSites: [(file: SourceFile, range: SourceRange)] = []
    /// How deep the running blocks and included files nest (`Interpreter+Composition.swift`).
    var executionDepth = 0
    /// Body runs granted to the outermost `repeat` running and the repeats nested in it, against
    /// `repeatLimit`; and how deep the repeats running are.
    var repeatRuns: UInt64 = 0
    var repeatDepth = 0
    var tally = RunTally()
    /// Records of the blocks, `repeat`s and `for`s running, held until the outermost commits (and
    /// then sent), or dropped if it rolls back: output never claims what was undone.
    var held: [Record] = []
    /// How many of those are open.
    var holding = 0
    /// The unknown property a value just failed on: `expect` makes it a failed check.
    var unknownWord: Diagnostic?

    init(state: SessionState, sink: RecordSink, remembersErrors: Bool = true, file: SourceFile) {
        self.state = state
        self.world = state.world
        self.bindings = state.bindings
        self.sink = sink
        self.wantsResults = sink.wantsResults
        self.remembersErrors = remembersErrors
        self.currentFile = file
    }

    var options: SessionOptions { state.options }

    /// Runs a file already known to be free of syntax errors, one statement at a time.
    func runChecked(_ file: SourceFile) throws(Diagnostic) {
        let outer = currentFile
        currentFile = file
        defer { currentFile = outer }
        // Checked already: the static checks need not run twice.
        var parser = Parser(file: file, checker: nil)
        while let statement = parser.next() { try execute(statement) }
    }

    /// Runs one statement: it succeeds whole or throws having changed nothing. Returns the value
    /// the statement yields (`let x = STATEMENT` binds it): the code `authorize` generated, the
    /// video `post` posted, ...; `.nothing` for most.
    @discardableResult
    func execute(_ statement: Statement) throws(Diagnostic) -> Value {
        tally.statements += 1
        world.beginStatement()
        let range = statement.range
        if let interruption = options.interruption, state.interrupted || interruption() {
            state.interrupted = true
            throw interrupted(range)
        }
        switch statement.kind {
        case .start(let date): try start(date, range)
        case .advanceBy(let span): try advance(by: span, range)
        case .advanceTo(let date): try advance(to: date, range)
        case .now: emit(.now(world.now), range)
        case .creator(let handle, let type): return try createAccount(handle, type, range)
        case .setAccountAdAuthorization(let handle, let enabled):
            try setAccountAdAuthorization(handle, enabled, range)
        case .post(let kind, let id, let owner, let caption, let visibility):
            return try post(kind, id, owner, caption, visibility, range)
        case .makeVideo(let id, let visibility): try makeVideo(id, visibility, range)
        case .authorize(let video, let duration, let actingAs):
            return try authorize(video, duration, actingAs, range)
        case .extend(let code, let span): try extend(code, by: span, range)
        case .deleteCode(let code): try deleteCode(code, range)
        case .deleteCampaign(let name): try deleteCampaign(name, range)
        case .setVideoAdAuthorization(let video, let enabled):
            try setVideoAdAuthorization(video, enabled, range)
        case .deleteVideo(let video): try deleteVideo(video, range)
        case .deal(let creator, let brand, let amount, let note):
            try deal(creator, brand, amount, note, range)
        case .brand(let name, let displayName, let advertiser):
            return try createBrand(name, displayName, advertiser, range)
        case .redeem(let code, let brand): try redeem(code, brand, range)
        case .batch(let codes, let brand): return try batch(codes, brand, range)
        case .unbind(let video, let brand): try unbind(video, brand, range)
        case .editCampaign(let name, let fields): try editCampaign(name, fields, range)
        case .campaign(let name, let brand, let fields): return try campaign(name, brand, fields, range)
        case .campaignAction(let action, let campaign): try campaignAction(action, campaign, range)
        case .edit(let video, let attribute, let value, let actingAs):
            try edit(video, attribute, value, actingAs, range)
        case .show(let subject): try show(subject, range)
        case .reveal(let subject): try reveal(subject, range)
        case .list(let query): try list(query, range)
        case .expectState(let subject, let negated, let state):
            try expectState(subject, negated, state, range)
        case .expectComparison(let left, let op, let right): try expectComparison(left, op, right, range)
        case .expectError(let matcher, let body): try expectError(matcher, body, range)
        case .bind(let name, let value): try bind(name, value)
        case .expression(let expression): try showValue(expression, range)
        case .include(let path): try include(path, range)
        case .repeatBlock(let count, let variable, let body): try repeatBlock(count, variable, body, range)
        case .block(let body):
            try atomically(rollingBack: ("block", range)) { () throws(Diagnostic) in try runBlock(body) }
        case .append(let value, let list): try append(value, to: list, range)
        case .forEach(let variable, let list, let body): try forEach(variable, list, body, range)
        case .policy(let name, let value): try policy(name, value, range)
        case .help(let topic): try help(topic, range)
        case .explain(let subject): try explain(subject, range)
        }
        return .nothing
    }

    /// Ctrl-C: the error that unwinds the running statement, whose transaction then undoes it.
    func interrupted(_ range: SourceRange) -> Diagnostic {
        error(
            "interrupted", at: range,
            notes: ["Ctrl-C stopped the statement here; everything it had done is undone"],
            help: "run it again, or with a smaller count")
    }

    /// A statement's result, built only when someone will read it.
    func emit(_ result: @autoclosure () -> StatementResult, _ range: SourceRange) {
        guard wantsResults else { return }
        send(.result(result(), SourceLocation(file: currentFile, range: range)))
    }

    /// Every record goes out through here: to the sink, or held while a block runs.
    func send(_ record: Record) {
        if holding == 0 { sink.emit(record) } else { held.append(record) }
    }
}
