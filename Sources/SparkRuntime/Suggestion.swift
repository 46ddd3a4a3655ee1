import SparkBase
import SparkSyntax

/// "did you mean ...?" for words the runtime checks (state words, properties, help topics): the
/// parser's edit distance, case-insensitively.
public enum Suggestion {
    public static func closest(to word: String, among candidates: [String]) -> String? {
        EditDistance.closest(to: word.lowercased(), among: candidates)
    }
}
