import SparkInteractive
import SparkModel
import SparkRuntime
import SparkSyntax
import Testing

/// A learner who forgets the url and the call to action in lesson 3's draft is not stuck: the
/// publish step's hint points to `edit campaign`, which fixes the draft, and then `publish` passes.
@Suite struct TutorialDraftFixTests {
    static let incompleteDraft =
        "campaign \"winter\" by acme { video 42; budget $50 daily; schedule 2026-12-02 to 2026-12-31 }"

    @Test func anIncompleteDraftIsFixedWithEditCampaignAndThenPublished() throws {
        let lesson = try #require(LessonCatalogue.lessons.first { $0.number == 3 })
        let create = try #require(lesson.steps.firstIndex { $0.title == "Create your ad campaign" })
        let coach = TutorialCoach(
            lessons: LessonCatalogue.lessons, start: TutorialPosition(lesson: 3, step: create + 1),
            output: nil)

        // Step 4: the draft without url and cta is still a draft, which is all the step asks.
        #expect(coach.submit(Self.incompleteDraft).outcome == .passed)
        #expect(coach.step?.title == "Publish the campaign")
        #expect(coach.currentSession.check("expect campaign \"winter\" is draft"))

        // Step 5: publishing refuses the incomplete draft, and the hint names the way out.
        let refused = coach.submit("publish \"winter\"")
        #expect(refused.outcome == .hint(1))
        #expect(refused.text.contains("edit campaign \"winter\""))
        #expect(coach.currentSession.check("expect campaign \"winter\" is draft"))

        // `edit campaign` completes the draft (not yet the step's goal: it is still a draft)...
        let edited = coach.submit(
            "edit campaign \"winter\" { url \"https://acme.example/winter\"; cta \"Shop now\" }")
        #expect(edited.outcome == .hint(2))
        #expect(coach.currentSession.world.campaign(named: "winter")?.url == "https://acme.example/winter")

        // ...and publishing it now passes the step.
        let published = coach.submit("publish \"winter\"")
        #expect(published.outcome == .passed)
        #expect(coach.currentSession.check("expect campaign \"winter\" is scheduled"))
        #expect(coach.step?.title == "Let it run")
    }

    @Test func lessonSixsPublishStepNamesEditCampaignToo() throws {
        let lesson = try #require(LessonCatalogue.lessons.first { $0.number == 6 })
        let publish = try #require(lesson.steps.first { $0.title == "Publish both" })
        #expect(publish.hints[0].contains("edit campaign \"in-feed\""))
    }
}
