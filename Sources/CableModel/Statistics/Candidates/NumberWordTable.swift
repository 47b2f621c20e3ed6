/// The English number words: units, teens, tens and scales, with their values.
enum NumberWordTable {
    /// `zero` to `nineteen`.
    static let small = EnglishWords.smallNumbers

    /// `twenty` to `ninety`.
    static let tens = EnglishWords.tens

    /// Words that multiply what comes before them (`two hundred`, `1.5 million`).
    static let scales = EnglishWords.scales

    /// Short multipliers glued to digits or after them (`155K`, `$2bn`, `5 mln`).
    static let multiplierSuffixes: [String: Double] = [
        "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "mil": 1_000_000, "bn": 1_000_000_000,
        "b": 1_000_000_000, "tn": 1e12,
    ]

    /// The short multipliers that may also stand apart from the digits (`5 mln`, `2 bn`).
    static let spacedMultipliers: Set<String> = ["mn", "mln", "bn", "tn"]

    /// The value of a single number word (`one`, `fourteen`, `ninety`), or nil.
    static func value(of word: String) -> Int? {
        EnglishWords.numberValue(of: word)
    }

    /// Whether a word with this first byte may be a number word or `a`/`an` (a cheap test before the lookup).
    static func mayStart(_ byte: UInt8) -> Bool {
        switch byte | 0x20 {
        case UInt8(ascii: "o"), UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "s"), UInt8(ascii: "e"),
            UInt8(ascii: "n"), UInt8(ascii: "z"), UInt8(ascii: "d"), UInt8(ascii: "a"), UInt8(ascii: "h"):
            true
        default: false
        }
    }

    /// Whether `word` starts a number written in words (a unit, teen, ten or `dozen`).
    static func startsNumber(_ word: String) -> Bool {
        numberStarts.contains(word)
    }

    /// The words `startsNumber` accepts, in one set: one lookup per word instead of two.
    private static let numberStarts = Set(small.keys).union(tens.keys).union(["dozen"])

    /// Ordinal suffixes glued to digits (`1st`, `4th`, `110TH`).
    static let ordinalSuffixes = EnglishWords.ordinalSuffixes
}
