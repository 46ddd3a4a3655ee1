/// The text of a Spark Code, as TikTok prints it:
/// `#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=`, that is `#` followed by the
/// standard base64 encoding (64 characters, one `=` pad) of 47 random bytes.
public enum CodeText {
    static let randomByteCount = 47
    static let encodedLength = 64
    /// `#` plus the 64 base64 characters.
    static let totalLength = 65

    private static let alphabet: [UInt8] = Array(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// Builds a code from 48 bytes of randomness (the first 47 are used): each word gives its bytes
    /// low byte first. One allocation, the String's own storage: the bytes are read in place and the
    /// 65 characters written straight into the string.
    static func make(from words: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)) -> String {
        let little = (
            words.0.littleEndian, words.1.littleEndian, words.2.littleEndian, words.3.littleEndian,
            words.4.littleEndian, words.5.littleEndian
        )
        return withUnsafeBytes(of: little) { raw in
            alphabet.withUnsafeBufferPointer { alphabet in
                String(unsafeUninitializedCapacity: totalLength) { buffer in
                    buffer[0] = UInt8(ascii: "#")
                    var out = 1
                    var index = 0
                    // 15 full groups of 3 bytes make 60 characters.
                    while index + 3 <= 45 {
                        let group =
                            UInt32(raw[index]) << 16 | UInt32(raw[index + 1]) << 8 | UInt32(raw[index + 2])
                        buffer[out] = alphabet[Int(group >> 18 & 63)]
                        buffer[out + 1] = alphabet[Int(group >> 12 & 63)]
                        buffer[out + 2] = alphabet[Int(group >> 6 & 63)]
                        buffer[out + 3] = alphabet[Int(group & 63)]
                        out += 4
                        index += 3
                    }
                    // The last 2 of the 47 bytes make 3 characters and one pad.
                    let tail = UInt32(raw[45]) << 16 | UInt32(raw[46]) << 8
                    buffer[out] = alphabet[Int(tail >> 18 & 63)]
                    buffer[out + 1] = alphabet[Int(tail >> 12 & 63)]
                    buffer[out + 2] = alphabet[Int(tail >> 6 & 63)]
                    buffer[out + 3] = UInt8(ascii: "=")
                    return totalLength
                }
            }
        }
    }

    /// True when `text` has exactly the shape of a code: `#`, then 64 characters of the standard
    /// base64 alphabet, with `=` padding (at most two) only at the end. Anything else, a truncated
    /// paste, a space, a missing `#`, is a format error (rule 8, TikTok 4013).
    public static func isWellFormed(_ text: String) -> Bool {
        guard text.utf8.count == totalLength else { return false }
        // Contiguous UTF-8 (a native string's own storage): a plain loop over 65 bytes.
        var text = text
        return text.withUTF8 { bytes in
            guard bytes[0] == UInt8(ascii: "#") else { return false }
            var padding = 0
            for byte in bytes[1...] {
                if byte == UInt8(ascii: "=") {
                    padding += 1
                    continue
                }
                guard padding == 0, isBase64(byte) else { return false }
            }
            return padding <= 2
        }
    }

    private static func isBase64(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/")
    }

    /// `#s63Dde…qA=`: `#`, the first 6 characters, an ellipsis, the last 3. Short or odd texts
    /// (a bad paste quoted in an error) are cut the same way without failing.
    public static func masked(_ text: String) -> String {
        let body = text.hasPrefix("#") ? Substring(text.dropFirst()) : Substring(text)
        guard body.count > 9 else { return "#" + body }
        return "#" + body.prefix(6) + "…" + body.suffix(3)
    }
}
