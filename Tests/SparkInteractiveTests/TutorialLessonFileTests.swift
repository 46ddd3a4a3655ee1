import SparkRuntime
import SparkSyntax
import Testing

@testable import SparkInteractive

#if canImport(Glibc)
    import Glibc
#endif

/// The shipped lessons: embedded exactly as written in Lessons/, parsed without problems, and each
/// one's model answers pass as a scenario.
@Suite struct TutorialLessonFileTests {
    /// Lessons/ at the repository root, found from this file.
    static let lessonsDirectory: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/SparkRuntimeTests/THIS.swift
        return parts.joined(separator: "/") + "/Lessons"
    }()

    static func lessonFiles() -> [String] {
        guard let directory = opendir(lessonsDirectory) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasSuffix(".spark") { names.append(name) }
        }
        return names.sorted()
    }

    static func read(_ name: String) throws -> String {
        let path = lessonsDirectory + "/" + name
        guard let file = fopen(path, "rb") else { throw Unreadable(path: path) }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    struct Unreadable: Error {
        let path: String
    }

    @Test func theEmbeddedLessonsAreTheFilesInLessons() throws {
        let files = Self.lessonFiles()
        #expect(files.count == 6)
        #expect(EmbeddedLessons.files.map(\.name) == files, "run `python3 Scripts/embed-lessons.py`")
        for (name, text) in EmbeddedLessons.files {
            #expect(
                text == (try Self.read(name)),
                "\(name) differs from its embedded copy: run `python3 Scripts/embed-lessons.py`")
        }
    }

    @Test func everyLessonParsesAndTheyAreNumberedInOrder() {
        #expect(LessonCatalogue.problems.isEmpty, "\(LessonCatalogue.problems)")
        #expect(LessonCatalogue.lessons.map(\.number) == [1, 2, 3, 4, 5, 6])
    }

    @Test(arguments: LessonCatalogue.lessons.map(\.number))
    func theModelAnswersPassAsAScenario(number: Int) throws {
        let name = try #require(Self.lessonFiles().first { $0.hasPrefix("\(number)-") })
        let buffer = RecordBuffer()
        let session = Session(options: SessionOptions(), reader: NoFiles(), sink: buffer)
        let outcome = session.run([SourceFile(path: name, text: try Self.read(name))])
        let errors = buffer.records.compactMap { record -> String? in
            if case .error(let diagnostic) = record { return diagnostic.message }
            if case .check(let check) = record { return check.failure?.message }
            return nil
        }
        #expect(outcome == .succeeded, "\(errors)")
        #expect(session.statistics.checksPassed > 0)
    }

    @Test func theFirstStepIsTheGuidesFirstStep() throws {
        let first = try #require(LessonCatalogue.lessons.first?.steps.first)
        #expect(first.taps.contains { $0.contains("Creator tools > Ad settings > Ad authorization") })
        #expect(first.checks == ["expect @you is ads-enabled"])
    }

    @Test func theTroubleshootingLessonReproducesEachOfTheGuidesProblems() throws {
        let lesson = try #require(LessonCatalogue.lessons.first { $0.number == 5 })
        let titles = lesson.steps.map(\.title).joined(separator: "\n")
        for problem in [
            "I can't find Ad settings", "Ad authorization toggle is missing", "Code expired",
            "Brand says code doesn't work", "I want to stop the ad",
        ] {
            #expect(titles.contains("\"\(problem)\": reproduce it"))
            #expect(titles.contains("\"\(problem)\": fix it"))
        }
    }
}

struct NoFiles: ScriptReader {
    func read(_ path: String) throws(Diagnostic) -> SourceFile {
        throw Diagnostic(.error, "no files here")
    }
}
