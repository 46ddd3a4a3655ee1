// The language table's types. This directory is self-contained (no imports, nothing from the rest
// of SparkSyntax): `Scripts/generate-keywords.py` compiles it on its own to write the parser's
// keyword switch and statement dispatch.

/// The one description of spark's language: every statement with its forms, the campaign fields,
/// the state words and properties of each kind of thing, and the help topics. The parser's keywords
/// and dispatch are generated from it; completion, help and did-you-mean read it.
///
/// Domain limits (which ages a campaign may target, which regions exist, which durations a code
/// may last, how large a budget may be) are not here and not in the parser: the model owns them
/// (`SparkModel`) and refuses with its own diagnostic when a statement runs. The table describes
/// the shape of a statement only, so a limit is written and checked in one place.
public enum Language {
    /// What a slot of a form holds, by its name in the notation (`VIDEO`, `DURATION`, ...).
    public enum Slot: String, Sendable, CaseIterable {
        case handle = "HANDLE"
        case video = "VIDEO"
        case code = "CODE"
        /// A list of codes, `[c1, c2]`.
        case codes = "CODES"
        case brand = "BRAND"
        case campaign = "CAMPAIGN"
        case duration = "DURATION"
        /// How long a code lasts (`authorize ... for`, `extend ... by`): a duration the domain
        /// limits to its own list.
        case lifetime = "LIFETIME"
        case date = "DATE"
        case money = "MONEY"
        case string = "STRING"
        case number = "NUMBER"
        /// A new name (`let NAME`, `repeat ... as NAME`, `brand NAME`).
        case name = "NAME"
        case value = "VALUE"
        /// A list: `[a, b]` or a name bound to one.
        case list = "LIST"
        /// A thing with states and properties: `video ID`, `campaign "NAME"`, `brand NAME`, a handle
        /// or a code.
        case subject = "SUBJECT"
        case statement = "STATEMENT"
        /// `{ statements }`.
        case block = "BLOCK"
        /// `{ campaign fields }`.
        case fields = "FIELDS"
        /// A state word of the subject before it.
        case state = "STATE"
        case property = "PROPERTY"
        case comparison = "OP"
        case topic = "TOPIC"
        case regions = "REGIONS"
        case ages = "AGES"

        /// How help writes the slot.
        public var display: String {
            switch self {
            case .handle: "@HANDLE"
            case .video: "ID"
            case .codes: "[CODE, ...]"
            case .campaign: "\"CAMPAIGN\""
            case .money: "$AMOUNT"
            case .string: "\"TEXT\""
            case .subject: "X"
            case .block: "{ ... }"
            case .fields: "{ FIELD; ... }"
            case .regions: "REGION, ..."
            case .ages: "N-M"
            default: rawValue
            }
        }
    }

    /// One element of a form: literal words, a slot, or a group.
    public indirect enum Pattern: Sendable, Equatable {
        /// One of these words (a keyword, a word choice, or punctuation such as `=`).
        case words([String])
        case slot(Slot)
        case optional([Pattern])
        /// One of these sequences.
        case choice([[Pattern]])
    }

    /// The kinds of thing `expect` can ask about; a subject's kind decides its states and properties.
    public enum SubjectKind: String, Sendable, CaseIterable {
        case code, video, campaign, account, brand, list
    }

    /// A statement (or a campaign field): its first word and its forms, written in the notation of
    /// `help` (lower-case words are literal, `a|b` a choice of words, upper-case words slots,
    /// `[ ]` optional, `( x | y )` alternatives).
    public struct Form: Sendable {
        public let word: String
        /// The help topic the statement belongs to (empty for a campaign field).
        public let group: String
        /// The `Parser` function that parses it (for the generated dispatch).
        public let parse: String
        public let notation: [String]
        /// `notation`, read.
        public let patterns: [[Pattern]]

        init(_ word: String, _ group: String, parse: String, _ notation: String...) {
            self.word = word
            self.group = group
            self.parse = parse
            self.notation = notation
            self.patterns = notation.map(Notation.read)
        }

        /// The forms as help shows them: `delete code CODE | delete video ID`.
        public var syntax: String {
            syntax(display: \.display)
        }

        /// The forms, each slot written by `display`.
        public func syntax(display: (Slot) -> String) -> String {
            patterns.map { Notation.render($0, display: display) }.joined(separator: " | ")
        }
    }

    /// A help topic that groups statements.
    public struct Group: Sendable {
        public var name: String
        public var summary: String
    }
}
