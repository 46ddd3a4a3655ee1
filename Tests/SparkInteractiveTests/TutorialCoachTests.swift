import SparkInteractive
import SparkModel
import SparkRuntime
import SparkSyntax
import Testing

/// A scripted learner goes through every shipped lesson: at each step three wrong tries (first
/// hint, stronger hint, the answer), then what the step says to type.
@Suite struct TutorialCoachTests {
    /// A statement that fails in every lesson's world: a wrong try, never a step's goal.
    static let wrongTry = "delete video 999"

    @Test(arguments: LessonCatalogue.lessons.map(\.number))
    func aLearnerCompletesTheLessonThroughHintsAndAnswers(number: Int) throws {
        let lesson = try #require(LessonCatalogue.lessons.first { $0.number == number })
        let shown = RecordBuffer()
        let coach = TutorialCoach(
            lessons: LessonCatalogue.lessons, start: TutorialPosition(lesson: number), output: shown)
        #expect(coach.screen().contains("Lesson \(number) of 6: \(lesson.title)"))
        for (index, step) in lesson.steps.enumerated() {
            #expect(coach.position == TutorialPosition(lesson: number, step: index + 1))
            #expect(coach.screen().contains("Step \(index + 1) of \(lesson.steps.count): \(step.title)"))
            let first = coach.submit(Self.wrongTry)
            #expect(first.outcome == .hint(1), "lesson \(number), step \(index + 1): \(step.title)")
            #expect(first.text.contains(step.hints[0]))
            let second = coach.submit(Self.wrongTry)
            #expect(second.outcome == .hint(2))
            #expect(second.text.contains(step.hints[1]))
            let third = coach.submit(Self.wrongTry)
            #expect(third.outcome == .answer)
            #expect(third.text.contains(step.typed))
            // The learner's error reached the screen as a normal diagnostic, with its help.
            #expect(Self.lastError(in: shown)?.message == "no video 999")

            let reply = coach.submit(step.typed)
            #expect(reply.outcome == .passed, "lesson \(number), step \(index + 1) not passed by its answer")
            #expect(reply.text.hasPrefix("✓"))
        }
        #expect(coach.position == TutorialPosition(lesson: number + 1, step: 1))
        #expect(coach.isFinished == (number == 6))
    }

    @Test func theFirstScreenIsStepOneInCreatorTools() {
        let coach = TutorialCoach(lessons: LessonCatalogue.lessons, start: .beginning, output: nil)
        let screen = coach.screen()
        #expect(screen.contains("Step 1 of 7: Enable Ad authorization"))
        #expect(
            screen.contains(
                "Tap:  Profile > ☰ > Settings and privacy > Creator tools > Ad settings > Ad authorization"))
        #expect(screen.contains("Type: enable ad authorization for @you"))
    }

    @Test func anyStatementThatGetsThereCounts() {
        // Step 6 wants a 60-day code named `code`: a 30-day one extended by 30 days is one too.
        let coach = TutorialCoach(
            lessons: LessonCatalogue.lessons, start: TutorialPosition(lesson: 1, step: 6), output: nil)
        #expect(coach.submit("let code = authorize video 42 for 30d").outcome == .hint(1))
        #expect(coach.submit("extend code by 30d").outcome == .passed)
        #expect(coach.position == TutorialPosition(lesson: 1, step: 7))
    }

    @Test func lookingIsNoWrongTry() {
        let coach = TutorialCoach(lessons: LessonCatalogue.lessons, start: .beginning, output: nil)
        #expect(coach.submit("show @you").outcome == .looked)
        #expect(coach.tries == 0)
        #expect(coach.submit("enable ad authorization for @you").outcome == .passed)
    }

    @Test func aLookingStepIsCheckedByWhatWasShownNotByItsText() {
        // Lesson 2, step 1 shows `show c`: the bare name shows the same card, and counts; a
        // listing of the codes shows other data, and is a wrong try.
        let start = TutorialPosition(lesson: 2, step: 1)
        let coach = TutorialCoach(lessons: LessonCatalogue.lessons, start: start, output: nil)
        #expect(coach.submit("list codes").outcome == .hint(1))
        #expect(coach.submit("c").outcome == .passed)
    }

    @Test func aReproducedErrorCountsThroughAnExpectErrorThatCaughtIt() {
        let coach = TutorialCoach(
            lessons: LessonCatalogue.lessons, start: TutorialPosition(lesson: 5, step: 5), output: nil)
        #expect(coach.submit("expect error { redeem old as acme }").outcome == .passed)
    }

    @Test func resumingRebuildsTheWorldOfTheEarlierSteps() {
        // Lesson 3, step 4 (the campaign) needs the brand and the redeemed code of steps 1-3.
        let coach = TutorialCoach(
            lessons: LessonCatalogue.lessons, start: TutorialPosition(lesson: 3, step: 4), output: nil)
        #expect(coach.currentSession.check("expect code is redeemed\nexpect library of brand acme == 1"))
        #expect(coach.screen().contains("Step 4 of 7: Create your ad campaign"))
        let step = coach.step?.typed ?? ""
        #expect(coach.submit(step).outcome == .passed)
    }

    @Test func skipShowsTheAnswerAndMovesOnInAWorldWhereItWasTyped() {
        let coach = TutorialCoach(lessons: LessonCatalogue.lessons, start: .beginning, output: nil)
        let reply = coach.skip()
        #expect(reply.text.contains("Skipped. The answer was:\n  enable ad authorization for @you"))
        #expect(coach.position == TutorialPosition(lesson: 1, step: 2))
        #expect(coach.currentSession.check("expect @you is ads-enabled"))
    }

    @Test func theLastStepOfALessonLeadsToTheNextLesson() {
        let coach = TutorialCoach(
            lessons: LessonCatalogue.lessons, start: TutorialPosition(lesson: 2, step: 4), output: nil)
        let reply = coach.submit("redeem c as acme")
        #expect(reply.outcome == .passed)
        #expect(reply.text.contains("★ Lesson 2 done"))
        #expect(reply.text.contains("Lesson 3 of 6: The brand"))
        #expect(coach.position == TutorialPosition(lesson: 3, step: 1))
    }

    @Test func aReproducedErrorIsTheGoalOfATroubleshootingStep() {
        let shown = RecordBuffer()
        let coach = TutorialCoach(
            lessons: LessonCatalogue.lessons, start: TutorialPosition(lesson: 5, step: 5), output: shown)
        #expect(coach.submit("redeem old as acme").outcome == .passed)
        #expect(Self.lastError(in: shown)?.number == 4025)
        #expect(Self.lastError(in: shown)?.help?.isEmpty == false)
    }

    static func lastError(in buffer: RecordBuffer) -> Diagnostic? {
        for record in buffer.records.reversed() {
            if case .error(let diagnostic) = record { return diagnostic }
        }
        return nil
    }
}
