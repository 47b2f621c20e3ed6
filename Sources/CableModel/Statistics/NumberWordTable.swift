/// The English number words: units, teens, tens and scales, with their values.
enum NumberWordTable {
    /// `zero` to `nineteen`.
    static let small: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]

    /// `twenty` to `ninety`.
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90,
    ]

    /// Words that multiply what comes before them (`two hundred`, `1.5 million`).
    static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1e12,
        "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
    ]

    /// Short multipliers glued to digits or after them (`155K`, `$2bn`, `5 mln`).
    static let multiplierSuffixes: [String: Double] = [
        "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "mil": 1_000_000, "bn": 1_000_000_000,
        "b": 1_000_000_000, "tn": 1e12,
    ]

    /// The value of a single number word (`one`, `fourteen`, `ninety`), or nil.
    static func value(of word: String) -> Int? {
        small[word] ?? tens[word]
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
        small[word] != nil || tens[word] != nil || word == "dozen"
    }

    /// Ordinal suffixes glued to digits (`1st`, `4th`, `110TH`).
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]
}
