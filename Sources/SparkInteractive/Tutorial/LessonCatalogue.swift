/// The lessons that ship with the binary: `Lessons/*.spark`, embedded in `EmbeddedLessons.swift`
/// (the executable reads no files to teach), parsed once, in the order of their numbers.
public enum LessonCatalogue {
    public static let lessons: [Lesson] = load().lessons

    /// Lesson files that do not parse, as "FILE: line N: message"; a test keeps this empty.
    public static let problems: [String] = load().problems

    static func load() -> (lessons: [Lesson], problems: [String]) {
        var lessons: [Lesson] = []
        var problems: [String] = []
        for file in EmbeddedLessons.files {
            do { lessons.append(try LessonParser.parse(file.text)) } catch {
                problems.append("\(file.name): \(error)")
            }
        }
        return (lessons.sorted { $0.number < $1.number }, problems)
    }
}
