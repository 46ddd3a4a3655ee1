/// The shape of a written name, for names made from values at run time (`@"fan{i}"`,
/// `brand "brand{i}"`): a made name must be one the lexer would have read.
public enum Names {
    public static let wordRule =
        "a brand name is a word: a letter or `_`, then letters, digits, `_`, or `-` before a letter"
    public static let handleRule = "a handle is letters, digits, `_` and `.`"

    /// As the lexer reads a word: ( letter | "_" ) { letter | digit | "_" | "-" letter } ;
    public static func isWord(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, Lexer.isLetter(first) || first == UInt8(ascii: "_") else {
            return false
        }
        var index = 1
        while index < bytes.count {
            if Lexer.isWordByte(bytes[index]) {
                index += 1
            } else if bytes[index] == UInt8(ascii: "-"), index + 1 < bytes.count,
                Lexer.isLetter(bytes[index + 1])
            {
                index += 2
            } else {
                return false
            }
        }
        return true
    }

    /// As the lexer reads a handle: "@" ( letter | digit | "_" | "." ) { letter | digit | "_" | "." } ;
    public static func isHandle(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { Lexer.isWordByte($0) || $0 == UInt8(ascii: ".") }
    }
}
