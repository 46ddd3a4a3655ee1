import SparkInteractive
import SparkModel
import SparkRuntime
import SparkSyntax
import Testing

/// The tutorial's dead ends and surprises of issue 11, one test each.
@Suite struct TutorialDoorTests {
    static func coach(_ lesson: Int, step: Int = 1) -> TutorialCoach {
        TutorialCoach(
            lessons: LessonCatalogue.lessons, start: TutorialPosition(lesson: lesson, step: step), output: nil
        )
    }

    @Test func hintBeforeAnyTryDoesNotSayStillNotThere() {
        let coach = Self.coach(1)
        let first = coach.nextHint()
        #expect(first.hasPrefix("Hint: "))
        #expect(!first.contains("Not yet") && !first.contains("Still not there"))
        #expect(coach.nextHint() == "Hint: enable ad authorization for @...\n")
        #expect(coach.nextHint().hasPrefix("Here is the answer"))
    }

    @Test(arguments: ["explain", "explain 9999", "show video 999", "help nonsense"])
    func aFailedLookIsNotAWrongTry(input: String) {
        let coach = Self.coach(1)
        #expect(coach.submit(input).outcome == .looked)
        #expect(coach.tries == 0)
        #expect(coach.submit("enable ad authorization for @nobody").outcome == .hint(1))
    }

    @Test func aFinishedTutorialStaysFinishedInsteadOfRestartingAtLessonOne() {
        let coach = TutorialCoach(
            lessons: LessonCatalogue.lessons, start: TutorialPosition(lesson: 7), output: nil)
        #expect(coach.isFinished)
        #expect(coach.position == TutorialPosition(lesson: 7))
        #expect(coach.screen().contains("You have finished every lesson"))
    }

    @Test func tutorialListMarksTheFinishedLessons() {
        let list = TutorialScreen.list(LessonCatalogue.lessons, current: TutorialPosition(lesson: 3, step: 2))
        let lines = list.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("✓ 1.") && lines[0].hasSuffix("(done)"))
        #expect(lines[1].hasPrefix("✓ 2."))
        #expect(lines[2].hasPrefix("→ 3.") && lines[2].hasSuffix("(you are at step 2)"))
        #expect(lines[3].hasPrefix("  4."))
        let finished = TutorialScreen.list(LessonCatalogue.lessons, current: TutorialPosition(lesson: 7))
        #expect(finished.split(separator: "\n").prefix(6).allSatisfy { $0.hasPrefix("✓") })
    }

    @Test func resumingReprintsTheLessonsBanner() {
        let coach = Self.coach(2, step: 3)
        let screen = coach.screen(resuming: true)
        #expect(screen.hasPrefix("━━ Lesson 2 of 6: "))
        #expect(screen.contains("(Resuming at step 3 of "))
        #expect(screen.contains("Step 3 of "))
        #expect(!coach.screen().contains("━━"))
    }

    @Test func skipSaysItThrowsAwayTheLearnersOwnObjects() {
        let coach = Self.coach(1)
        #expect(!coach.skip().text.contains("gone"))
        #expect(coach.submit("creator @mine").outcome == .hint(1))
        let skipped = coach.skip().text
        #expect(skipped.contains("what you made yourself in this lesson is gone"))
        #expect(coach.currentSession.world.account(Handle("mine")) == nil)
    }

    @Test func theAnswerShownAfterAPartialOneIsWhatIsLeftToType() {
        // Lesson 6, "Publish both": `publish "spark"` typed alone, the whole answer fails at it.
        let coach = Self.coach(6, step: 2)
        #expect(coach.submit("publish \"spark\"").outcome == .hint(1))
        _ = coach.submit("publish \"spark\"; publish \"in-feed\"")
        let third = coach.submit("publish \"spark\"; publish \"in-feed\"")
        #expect(third.outcome == .answer)
        #expect(third.answer == "publish \"in-feed\"")
        #expect(third.text.contains("type the rest"))
        #expect(coach.submit(third.answer ?? "").outcome == .passed)
    }

    @Test func lessonFiveEndsWithoutClaimingTheVideoCanBeDeleted() throws {
        let lesson = try #require(LessonCatalogue.lessons.first { $0.number == 5 })
        let coach = Self.coach(5, step: lesson.steps.count)
        let reply = coach.submit(lesson.steps[lesson.steps.count - 1].typed)
        #expect(reply.outcome == .passed)
        #expect(!reply.text.contains("Now the video could be deleted"))
        // What the text says instead is true: the video still has a live code.
        let world = Session(options: SessionOptions(), reader: NoFiles(), sink: RecordBuffer())
        let script =
            lesson.setup + "\n" + lesson.steps.map { $0.given + "\n" + $0.answer }.joined(separator: "\n")
        world.evaluate(SourceFile(path: "l5", text: script))
        let deletion = world.evaluate(SourceFile(path: "l5", text: "delete video 42"))
        #expect(deletion.errors.first?.message.contains("live code") == true)
        #expect(reply.text.contains("live code of step 2"))
    }
}
