import SparkInteractive
import SparkRuntime
import Testing

@Suite struct TutorialLessonParserTests {
    static let sample = """
        //> lesson 7: A sample
        //> say: The introduction.
        start 2026-12-01
        creator @you
        //> step: Enable
        //> say: Switch it on.
        //> tap: Profile > ☰ > Settings and privacy > Creator tools > Ad settings > Ad authorization
        //> hint: It starts with `enable`.
        //> hint: enable ad authorization for @...
        //> done: On.
        enable ad authorization for @you
        expect @you is ads-enabled
        //> step: Reproduce
        //> hint: one
        //> hint: two
        //> type: authorize video 43
        //> error: 4027
        //> given:
        post story 43 by @you
        //> answer:
        expect error 4027 { authorize video 43 }
        //> step: A block
        //> hint: one
        //> hint: two
        post video 42 by @you
        brand acme
        campaign "w" by acme {
          video 42
        }
        expect campaign "w" is draft

        """

    @Test func readsTheHeaderSetupAndSteps() throws {
        let lesson = try LessonParser.parse(Self.sample)
        #expect(lesson.number == 7)
        #expect(lesson.title == "A sample")
        #expect(lesson.introduction == ["The introduction."])
        #expect(lesson.setup == "start 2026-12-01\ncreator @you")
        #expect(lesson.steps.map(\.title) == ["Enable", "Reproduce", "A block"])
        let first = lesson.steps[0]
        #expect(
            first.taps == [
                "Profile > ☰ > Settings and privacy > Creator tools > Ad settings > Ad authorization"
            ])
        #expect(first.hints == ["It starts with `enable`.", "enable ad authorization for @..."])
        #expect(first.answer == "enable ad authorization for @you")
        #expect(first.typed == first.answer)
        #expect(first.checks == ["expect @you is ads-enabled"])
        #expect(first.done == ["On."])
    }

    @Test func givenStatementsAndErrorSteps() throws {
        let step = try LessonParser.parse(Self.sample).steps[1]
        #expect(step.given == "post story 43 by @you")
        #expect(step.answer == "expect error 4027 { authorize video 43 }")
        #expect(step.typed == "authorize video 43")
        #expect(step.expectedError == "4027")
        #expect(step.checks.isEmpty)
    }

    @Test func anExpectInsideABlockIsPartOfTheAnswer() throws {
        let step = try LessonParser.parse(Self.sample).steps[2]
        #expect(step.answer.hasSuffix("campaign \"w\" by acme {\n  video 42\n}"))
        #expect(step.checks == ["expect campaign \"w\" is draft"])
    }

    @Test(arguments: [
        ("creator @you\n//> lesson 1: X", "a statement before the `//> lesson` line"),
        ("//> say: hi", "the file must start with `//> lesson N: TITLE`"),
        ("//> lesson one: X", "expected `//> lesson N: TITLE`"),
        ("//> lesson 1: X\n//> tap: here", "`tap` belongs in a step (after `//> step:`)"),
        ("//> lesson 1: X\n//> step: S\n//> colour: red", "unknown directive `colour`"),
        ("//> lesson 1: X\n//> step: S\n//> hint: a\n//> hint: b\nnow", "no check"),
        ("//> lesson 1: X\n//> step: S\n//> hint: a\nnow\nexpect @a is ads-enabled", "needs two hints"),
        ("//> lesson 1: X\n//> step: S\n//> hint: a\n//> hint: b\n//> error: 4025", "nothing to type"),
        ("//> lesson 1: X", "a lesson needs steps"),
    ])
    func refusesMalformedLessons(text: String, message: String) {
        #expect {
            _ = try LessonParser.parse(text)
        } throws: { error in
            (error as? LessonParseError)?.message.contains(message) == true
        }
    }

    @Test func theProgressTextRoundTrips() {
        let position = TutorialPosition(lesson: 3, step: 4)
        #expect(TutorialPosition(text: position.text) == position)
        #expect(TutorialPosition(text: "lesson 2\n") == TutorialPosition(lesson: 2, step: 1))
        #expect(TutorialPosition(text: "garbage") == nil)
    }
}
