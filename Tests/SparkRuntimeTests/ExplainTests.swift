import SparkModel
import SparkRuntime
import SparkSyntax
import Testing

/// `explain` explains the last error of any kind (issue 11).
@Suite struct ExplainTests {
    /// Runs each input as a REPL would, one after the other, and returns the last one's records.
    static func lastRecords(_ inputs: [String]) -> [Record] {
        let buffer = RecordBuffer()
        let session = Session(options: SessionOptions(), reader: MemoryReader(files: [:]), sink: buffer)
        var count = 0
        for input in inputs {
            count = buffer.records.count
            session.evaluate(SourceFile(path: "<repl>", text: input))
        }
        return Array(buffer.records[count...])
    }

    static func explained(after inputs: [String]) -> LearningRequest? {
        for record in lastRecords(inputs + ["explain"]) {
            if case .result(.learning(let request), _) = record { return request }
        }
        return nil
    }

    @Test func explainAfterASyntaxErrorExplainsTheSyntaxErrorNotTheRuntimeErrorBeforeIt() {
        let request = Self.explained(after: [setUp + "creator @alice", "redeem c as (("])
        guard case .lastError(let message, _, _)? = request else {
            Issue.record("explained \(String(describing: request))")
            return
        }
        #expect(message.contains("("))
        #expect(!message.contains("already"))
    }

    @Test(arguments: [
        ("show video 999", "video_not_found"), ("show brand nobody", "brand_not_found"),
        ("show @nobody", "account_not_found"), ("show campaign \"none\"", "campaign_not_found"),
    ])
    func explainAfterALookThatFailedExplainsItsError(input: String, identifier: String) {
        let request = Self.explained(after: [setUp, input])
        guard case .explanation(let errors)? = request else {
            Issue.record("\(input): explained \(String(describing: request))")
            return
        }
        #expect(errors.map(\.identifier) == [identifier])
    }

    @Test func explainAfterAnUnboundNameExplainsItWithWhatToDo() {
        let request = Self.explained(after: [setUp + "authorize video 42", "redeem nothing_here as acme"])
        guard case .lastError(let message, _, let help)? = request else {
            Issue.record("explained \(String(describing: request))")
            return
        }
        #expect(message == "`nothing_here` is used before it is bound")
        #expect(help != nil)
    }

    @Test func explainAfterADomainRefusalStillSaysWhyTikTokRefuses() {
        let request = Self.explained(after: [setUp, "authorize video 42 for 45d"])
        guard case .explanation(let errors)? = request else {
            Issue.record("explained \(String(describing: request))")
            return
        }
        #expect(errors.map(\.identifier) == [DomainError.invalidDuration(seconds: 0).identifier])
    }

    @Test func theLastErrorWinsWhateverItsKind() {
        // A domain refusal after a syntax error is the one explained.
        let request = Self.explained(after: [setUp, "redeem ((", "show video 999"])
        guard case .explanation(let errors)? = request else {
            Issue.record("explained \(String(describing: request))")
            return
        }
        #expect(errors.map(\.identifier) == ["video_not_found"])
    }

    @Test func theExplainCatalogueLeavesOutErrorsNoScriptCanReach() {
        let identifiers = DomainError.explainable.map(\.identifier)
        #expect(!identifiers.contains("no_open_transaction"))
        #expect(DomainError.catalogue.count == DomainError.explainable.count + 1)
        let records = Self.lastRecords(["explain no_open_transaction"])
        guard case .error(let diagnostic)? = records.last else {
            Issue.record("explain no_open_transaction did not fail")
            return
        }
        #expect(diagnostic.message.hasPrefix("no error"))
    }
}
