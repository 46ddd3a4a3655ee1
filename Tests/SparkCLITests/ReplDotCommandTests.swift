import Foundation
import Testing

@testable import SparkCLI

/// Parsing the REPL's dot-commands, and the did-you-mean for the ones that do not exist.
struct ReplDotCommandTests {
    private func parsed(_ line: String) -> DotCommand? {
        try? DotCommand.parse(line).get()
    }

    private func problem(_ line: String) -> DotCommand.Problem? {
        guard case .failure(let problem) = DotCommand.parse(line) else { return nil }
        return problem
    }

    @Test func parsesEachCommand() {
        #expect(parsed(".help") == .help(topic: nil))
        #expect(parsed(".help save") == .help(topic: "save"))
        #expect(parsed(".help .save") == .help(topic: "save"))
        #expect(parsed(".help   exit ") == .help(topic: "exit"))
        #expect(parsed(".load setup.spark") == .load(path: "setup.spark"))
        #expect(parsed(".save\tout/session.spark  ") == .save(path: "out/session.spark"))
        #expect(parsed(".reset") == .reset)
        #expect(parsed(".quit") == .quit)
        #expect(parsed(".exit") == .quit)
        #expect(parsed(".quit   ") == .quit)
    }

    @Test func aFileNameMayHaveSpacesQuotedOrNot() {
        #expect(parsed(".save \"my session.spark\"") == .save(path: "my session.spark"))
        #expect(parsed(".load my setup.spark") == .load(path: "my setup.spark"))
    }

    @Test func aTildeMeansTheHomeDirectory() throws {
        let home = try #require(Terminal.environment("HOME"))
        #expect(parsed(".save ~/s.spark") == .save(path: home + "/s.spark"))
        #expect(parsed(".load ~") == .load(path: home))
        #expect(parsed(".load ~other/s.spark") == .load(path: "~other/s.spark"))
    }

    @Test func aFileCommandNeedsItsFile() {
        #expect(
            problem(".save")
                == DotCommand.Problem(message: "`.save` needs a file", help: "write `.save FILE`"))
        #expect(
            problem(".load  ")
                == DotCommand.Problem(message: "`.load` needs a file", help: "write `.load FILE`"))
    }

    @Test func aCommandWithoutArgumentsRefusesOne() {
        #expect(problem(".reset now") == DotCommand.Problem(message: "`.reset` takes no argument", help: nil))
        #expect(
            problem(".quit please") == DotCommand.Problem(message: "`.quit` takes no argument", help: nil))
    }

    @Test func anUnknownCommandSuggestsTheClosest() {
        #expect(problem(".sav")?.help == "did you mean `.save`? `.help` lists the commands")
        #expect(problem(".qiut")?.help == "did you mean `.quit`? `.help` lists the commands")
        #expect(problem(".lod x")?.help == "did you mean `.load`? `.help` lists the commands")
        #expect(problem(".res")?.help == "did you mean `.reset`? `.help` lists the commands")
        #expect(problem(".sav")?.message == "unknown command `.sav`")
        #expect(
            problem(".frobnicate")
                == DotCommand.Problem(
                    message: "unknown command `.frobnicate`", help: "`.help` lists the commands"))
        #expect(
            problem(".")
                == DotCommand.Problem(message: "unknown command `.`", help: "`.help` lists the commands"))
        // Blanks after the dot are skipped, as sqlite3 does.
        #expect(parsed(". help") == .help(topic: nil))
    }

    @Test func helpAboutAnUnknownCommandSuggestsToo() {
        #expect(
            problem(".help sve")
                == DotCommand.Problem(message: "no command `.sve`", help: "did you mean `.help save`?"))
        #expect(
            problem(".help authorize")
                == DotCommand.Problem(
                    message: "no command `.authorize`",
                    help: "`.help` lists the commands; `help authorize` explains a statement"))
    }

    @Test func suggestionsAreCloseOrPrefixes() {
        #expect(DotCommand.suggestion(for: "") == nil)
        #expect(DotCommand.suggestion(for: "hep") == "help")
        #expect(DotCommand.suggestion(for: "quitt") == "quit")
        #expect(DotCommand.suggestion(for: "q") == "quit")
        #expect(DotCommand.suggestion(for: "saveall") == "save")
        #expect(DotCommand.suggestion(for: "zzzzzz") == nil)
    }

    @Test func editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        #expect(DotCommand.editDistance("", "") == 0)
        #expect(DotCommand.editDistance("save", "save") == 0)
        #expect(DotCommand.editDistance("sve", "save") == 1)
        #expect(DotCommand.editDistance("saves", "save") == 1)
        #expect(DotCommand.editDistance("sbve", "save") == 1)
        #expect(DotCommand.editDistance("kitten", "sitting") == 3)
        #expect(DotCommand.editDistance("", "quit") == 4)
    }

    @Test func everyCommandHasAUsageAndADetail() {
        for name in DotCommand.names {
            #expect(DotCommand.detail(of: name)?.hasSuffix("\n") == true, "\(name)")
            #expect(DotCommand.overview.contains("." + name), "\(name)")
        }
        #expect(DotCommand.detail(of: "nope") == nil)
    }
}

@Suite struct ReplTimelineCommandTests {
    @Test func timelineTakesAFile() {
        #expect(DotCommand.parse(".timeline out.svg") == .success(.timeline(path: "out.svg")))
        #expect(
            DotCommand.parse(".timeline")
                == .failure(
                    DotCommand.Problem(
                        message: "`.timeline` needs a file", help: "write `.timeline FILE.svg`")))
    }
}
