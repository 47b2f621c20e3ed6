/// One number as written, in digits or in words, read at a token: its value and how it was written.
struct WrittenNumber: Sendable {
    /// The value, with any multiplier applied (`1.5 million` is 1,500,000).
    var value: Double
    /// The tokens it covers.
    var tokens: Range<Int>
    /// Whether it is written in words (`fourteen`, `a dozen`).
    var isWords = false
    /// Whether it is written both in words and in digits (`two 2`, `two (2)`).
    var writtenTwice = false
    /// Whether a scale word or suffix multiplied it (`million`, `K`).
    var hasScale = false
    /// The multiplier a scale word or suffix applied (1 when none).
    var scale = 1.0
    /// The digits as written have a leading zero (`04`, `00000170`).
    var hasLeadingZero = false
    /// The digits as written have thousands separators (`1,295`).
    var hasGrouping = false
    /// The digits as written have a decimal part (`1.5`).
    var isDecimal = false
    /// The number of digits before any separator or decimal point.
    var digitCount = 0
    /// An ordinal suffix is glued to it (`4th`).
    var isOrdinal = false
    /// A plural `s` is glued to it (`1990s`).
    var isDecade = false
    /// Any other suffix glued to it (`km`, `Z`), lower case.
    var suffix: String?

    /// The first token.
    var first: Int { tokens.lowerBound }
    /// The token just past the number.
    var end: Int { tokens.upperBound }

    /// Whether the number is a plain integer written in digits, without separators or decimals.
    var isPlainDigits: Bool { !isWords && !hasGrouping && !isDecimal && !hasScale && suffix == nil }
}
