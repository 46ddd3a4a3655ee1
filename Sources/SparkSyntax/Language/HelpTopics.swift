/// The words `help` answers to, from the language table: the statement groups (each with the
/// statements it covers), the background notes, and every statement word. The interpreter checks
/// `help WORD` against these; the help texts themselves live with the interactive parts
/// (`HelpCatalogue`), which a test keeps in step with the table.
public enum HelpTopics {
    public struct Group: Sendable {
        public var name: String
        public var summary: String
        public var statements: [String]
    }

    public static let groups: [Group] = Language.groups.map { group in
        Group(
            name: group.name, summary: group.summary,
            statements: Language.statements.filter { $0.group == group.name }.map(\.word))
    }

    /// Background notes that are not statements.
    public static let notes = Language.helpNotes

    /// Every word `help` understands, sorted, for the interpreter, completion and did-you-mean.
    public static let words: [String] = Language.helpWords
}
