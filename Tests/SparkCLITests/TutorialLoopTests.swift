import SparkInteractive
import SparkRuntime
import SparkSyntax
import Testing

@testable import SparkCLI

/// `TutorialLoop` on the shared `InputLoop`, with a scripted reader and captured output.
struct TutorialLoopTests {
    private func run(_ script: [LineResult]) -> (CapturedOutput, ScriptedReader, TutorialCoach) {
        let reader = ScriptedReader(script)
        let output = CapturedOutput()
        let coach = TutorialCoach(lessons: LessonCatalogue.lessons, start: .beginning, output: nil)
        let loop = TutorialLoop(coach: coach, reader: reader, output: output.output, save: { _ in nil })
        loop.run()
        return (output, reader, coach)
    }

    @Test func anUnfinishedBlockIsGatheredAsInTheRepl() {
        let (_, reader, coach) = run([.line("{"), .line("enable ad authorization for @you"), .line("}")])
        #expect(reader.prompts == ["tutorial 2026-12-01> ", "...> ", "...> ", "tutorial 2026-12-01> "])
        #expect(coach.position == TutorialPosition(lesson: 1, step: 2))
    }

    @Test func anUnknownCommandIsADiagnostic() {
        let (output, _, _) = run([.line(".sikp")])
        let diagnostic = Diagnostic(
            .error, "unknown command `.sikp`", help: "the commands are .skip .hint .quit")
        #expect(output.errors == DiagnosticRenderer(colors: false).render(diagnostic))
    }

    @Test func ctrlCOnAnEmptyLineSaysHowToQuitAndCtrlDSaves() {
        let (output, _, _) = run([.interrupted(discarded: "")])
        #expect(output.text.contains("^C\n" + InputLoop.quitHint))
        #expect(output.text.hasSuffix("Saved: lesson 1, step 1. `spark tutorial` resumes here.\n"))
    }
}
