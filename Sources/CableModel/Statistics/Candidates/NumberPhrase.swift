/// A number phrase: one number or a range, with the words that bound it, its currency and its percent sign.
struct NumberPhrase: Sendable {
    /// The tokens of the whole phrase, from the qualifier to the percent sign or currency word.
    var tokens: Range<Int>
    /// The number, or the first number of a range.
    var first: WrittenNumber
    /// The second number of a range (`300` in `250 to 300`).
    var second: WrittenNumber?
    var qualifier: Figure.Qualifier?
    /// The currency code, when the phrase is an amount of money.
    var currency: String?
    /// The currency as written (`$`, `USD`, `BsF`, `dollars`).
    var currencyText: String?
    /// Whether the phrase is a share (`20%`, `20 percent`).
    var isPercent = false

    /// The value of a single number.
    var value: Double? { second == nil ? first.value : nil }
    /// The lower end of a range.
    var low: Double? { second == nil ? nil : first.value }
    /// The upper end of a range.
    var high: Double? { second?.value }
    /// Whether the number (or either end of the range) is written twice.
    var writtenTwice: Bool { first.writtenTwice || second?.writtenTwice == true }
    /// The token just past the last number (before any percent sign or currency word).
    var numbersEnd: Int { (second ?? first).end }
}
