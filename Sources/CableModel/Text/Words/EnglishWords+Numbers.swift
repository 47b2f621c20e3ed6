extension EnglishWords {
    /// `zero` to `nineteen`, with their values.
    static let smallNumbers: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]

    /// `twenty` to `ninety`, with their values (and a common misspelling, `fourty`).
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90,
    ]

    /// Words that multiply what comes before them (`two hundred`, `1.5 million`).
    static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1e12,
        "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
    ]

    /// The value of a number word from `one` to `ninety-nine` written as one word (`four`, `twenty`), or nil.
    static func numberValue(of word: String) -> Int? {
        smallNumbers[word] ?? tens[word]
    }
}
