/// Names people read (handles, brand names, campaign names) must show every character they hold:
/// an invisible one would make two different names look the same, or hide what a name says.
enum VisibleName {
    /// The first character that shows nothing or reorders text: a control character (Unicode
    /// category Cc) or a format character (Cf: zero-width spaces and joiners, bidi overrides and
    /// isolates, the byte order mark, soft hyphens...). Nil when every character is visible.
    static func firstInvisible(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { scalar in
            switch scalar.properties.generalCategory {
            case .control, .format: return true
            default: return false
            }
        }
    }

    /// The text with each invisible character written as `\u{200B}`, so an error can show it.
    static func escaped(_ text: String) -> String {
        var shown = ""
        for scalar in text.unicodeScalars {
            if firstInvisible(in: String(scalar)) != nil {
                shown += "\\u{" + hex(scalar.value) + "}"
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }

    /// `200B`, `7F`: upper-case hex, at least four digits as Unicode writes code points.
    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
