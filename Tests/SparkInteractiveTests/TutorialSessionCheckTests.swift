import SparkInteractive
import SparkModel
import SparkRuntime
import SparkSyntax
import Testing

/// `Session.check`, the tutorial's silent check by effect, and `explain` for every error.
@Suite struct TutorialSessionCheckTests {
    static func session(_ script: String) -> (Session, RecordBuffer) {
        let buffer = RecordBuffer()
        let session = Session(options: SessionOptions(), reader: NoFiles(), sink: buffer)
        session.evaluate(SourceFile(path: "t.spark", text: script))
        return (session, buffer)
    }

    @Test func checksHoldOrNotSilentlyAndUncounted() {
        let (session, buffer) = Self.session("creator @you\nenable ad authorization for @you")
        let before = (buffer.records.count, session.statistics.statements, session.statistics.checksFailed)
        #expect(session.check("expect @you is ads-enabled"))
        #expect(!session.check("expect @you is not ads-enabled"))
        #expect(!session.check("expect followers of @you > 0"))
        #expect(session.check("expect @you is ads-enabled\nexpect followers of @you == 0"))
        #expect(buffer.records.count == before.0)
        #expect(session.statistics.statements == before.1)
        #expect(session.statistics.checksFailed == before.2)
    }

    @Test func anythingButAnExpectationIsFalseAndChangesNothing() {
        let (session, _) = Self.session("creator @you")
        #expect(!session.check("enable ad authorization for @you"))
        #expect(!session.check("expect @you is ads-enabled\nenable ad authorization for @you"))
        #expect(!session.check("expect @nobody is ads-enabled"))
        #expect(!session.check("expect code is active"))
        #expect(!session.check("expect (("))
        #expect(!session.check(""))
        #expect(session.check("expect @you is not ads-enabled"))
    }

    @Test func peekSaysWhatALookingStatementWouldShowSilently() {
        let (session, buffer) = Self.session("creator @you")
        let before = (buffer.records.count, session.statistics)
        guard case .card(.account(let account, let codes))? = session.peek("show @you")?.first else {
            Issue.record("show @you gave no card")
            return
        }
        #expect(account.handle.description == "@you" && codes.isEmpty)
        #expect(session.peek("enable ad authorization for @you") == nil)
        #expect(session.peek("show @nobody") == nil)
        #expect(session.peek("") == nil)
        #expect(buffer.records.count == before.0)
        #expect(session.statistics == before.1)
    }

    @Test func aFailedCheckLeavesNothingForExplain() {
        let (session, buffer) = Self.session("creator @you")
        _ = session.check("expect @nobody is ads-enabled")
        session.evaluate(SourceFile(path: "t.spark", text: "explain"))
        guard case .error(let diagnostic) = buffer.records.last else {
            Issue.record("explain with nothing to explain should fail")
            return
        }
        #expect(diagnostic.message == "nothing to explain yet")
    }

    @Test(arguments: DomainError.catalogue)
    func everyDomainErrorHasAWhatWhyAndWhatToDo(error: DomainError) {
        let lines = Explanation.text(for: error).split(separator: "\n").map(String.init)
        #expect(lines.first?.contains(error.identifier) == true)
        for label in ["  what went wrong:", "  why:", "  what to do:"] {
            let line = lines.first { $0.hasPrefix(label) } ?? label
            let value = line.dropFirst(label.count).filter { $0 != " " }
            #expect(!value.isEmpty, "\(error.identifier) has no `\(label)`")
        }
    }

    @Test(arguments: [4002, 4013, 4025, 4027])
    func explainResolvesTikToksNumbers(number: Int) {
        let (_, buffer) = Self.session("explain \(number)")
        guard case .result(.learning(let request), _) = buffer.records.last else {
            Issue.record("explain \(number) gave no result")
            return
        }
        let text = LearningText.text(for: request)
        #expect(text.hasPrefix("error \(number) ("))
        #expect(text.contains("what to do:"))
    }

    @Test func everyNumberedErrorIsExplained() {
        let numbers = Set(DomainError.catalogue.compactMap(\.number))
        for number in numbers {
            let (_, buffer) = Self.session("explain \(number)")
            guard case .result(.learning(.explanation(let errors)), _) = buffer.records.last,
                errors.contains(where: { $0.number == number })
            else {
                Issue.record("explain \(number) failed")
                continue
            }
        }
        #expect(numbers.isSuperset(of: [4002, 4013, 4025, 4027]))
    }
}
