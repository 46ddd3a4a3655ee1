/// Where the World gets the randomness for new Spark Codes. Injected, so tests can be reproducible
/// while the real thing uses the operating system's CSPRNG.
public protocol CodeGenerator {
    /// 64 fresh random bits.
    mutating func next() -> UInt64
}

extension CodeGenerator {
    /// A new code text: 47 random bytes as `#` + 64 base64 characters.
    mutating func nextCodeText() -> String {
        CodeText.make(from: (next(), next(), next(), next(), next(), next()))
    }
}

/// Codes from the system CSPRNG (`SystemRandomNumberGenerator`: getrandom(2) on Linux,
/// arc4random_buf on Apple platforms). Unpredictable, which is what a bearer secret needs.
public struct SystemCodeGenerator: CodeGenerator {
    private var random = SystemRandomNumberGenerator()

    public init() {}

    public mutating func next() -> UInt64 {
        random.next()
    }
}

/// Reproducible codes for tests and scenarios: the same seed gives the same codes on every run and
/// platform (only fixed-width integer arithmetic is involved).
///
/// Algorithm: the 64-bit seed is expanded with SplitMix64 (Steele, Lea, Flood 2014: add
/// 0x9E3779B97F4A7C15, then xor-shift-multiply by 0xBF58476D1CE4E5B9 and 0x94D049BB133111EB with
/// shifts 30, 27, 31) into the four 64-bit words of a xoshiro256** state (Blackman and Vigna 2018),
/// which then produces the stream: result = rotl(s1 * 5, 7) * 9; t = s1 << 17; s2 ^= s0;
/// s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = rotl(s3, 45). Not for real secrets.
public struct SeededCodeGenerator: CodeGenerator {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    public init(seed: UInt64) {
        var splitMix = seed
        func nextSplitMix() -> UInt64 {
            splitMix &+= 0x9E37_79B9_7F4A_7C15
            var z = splitMix
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (nextSplitMix(), nextSplitMix(), nextSplitMix(), nextSplitMix())
    }

    public mutating func next() -> UInt64 {
        let result = rotateLeft(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotateLeft(state.3, 45)
        return result
    }

    private func rotateLeft(_ value: UInt64, _ count: UInt64) -> UInt64 {
        (value << count) | (value >> (64 - count))
    }
}
