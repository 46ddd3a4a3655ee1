/// UTF-8 validation over raw bytes, shared by the lexer (strings, unexpected characters) and the
/// diagnostic renderer (columns in scalars). Works on indices; never builds a `String`.
enum UTF8Sequence {
    /// The length of the well-formed UTF-8 sequence starting at `index`, or 0 when the bytes there
    /// are not one (a stray continuation byte, an overlong form, a surrogate, a truncated sequence).
    static func length<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, at index: Int) -> Int
    where Bytes.Index == Int {
        let count = bytes.count
        guard index < count else { return 0 }
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            upper = 0x9F
        case 0xF0:
            length = 4
            lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            upper = 0x8F
        default: return 0
        }
        guard index + length <= count else { return 0 }
        let second = bytes[index + 1]
        guard second >= lower, second <= upper else { return 0 }
        var offset = 2
        while offset < length {
            guard bytes[index + offset] & 0xC0 == 0x80 else { return 0 }
            offset += 1
        }
        return length
    }

    /// The scalar of a sequence `length(in:at:)` accepted.
    static func scalar<Bytes: RandomAccessCollection<UInt8>>(
        in bytes: Bytes, at index: Int, length: Int
    ) -> Unicode.Scalar? where Bytes.Index == Int {
        var value: UInt32
        switch length {
        case 1: return Unicode.Scalar(UInt32(bytes[index]))
        case 2: value = UInt32(bytes[index] & 0x1F)
        case 3: value = UInt32(bytes[index] & 0x0F)
        default: value = UInt32(bytes[index] & 0x07)
        }
        var offset = 1
        while offset < length {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
            offset += 1
        }
        return Unicode.Scalar(value)
    }
}
