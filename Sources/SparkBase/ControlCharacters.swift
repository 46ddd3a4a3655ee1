/// Text from a script (a caption, a brand's display name, a path) shown on a terminal: its control
/// characters are written as escapes (`\u{1B}`), as `ls` and git show them, so that a script cannot
/// set the terminal's title, clear the screen or move the cursor. Line breaks and tabs stay.
public enum ControlCharacters {
    /// `text` with every control character except `\n` and `\t` written as `\u{XX}`: C0, DEL and
    /// C1 (U+0080 to U+009F, which some terminals obey as escape sequences too).
    public static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00..<0x20, 0x7F, 0x80..<0xA0: true
        default: false
        }
    }
}
