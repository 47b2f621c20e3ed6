/// One token of a unit's field for the figure extractor: a word, a run of digits or one punctuation mark.
struct TextToken: Sendable {
    /// What a token is made of.
    enum Kind: UInt8, Sendable {
        /// Letters (and digits or apostrophes inside them): `victims`, `Tajikistan's`, `FS`, `N5`.
        case word
        /// Digits, with thousands separators and one decimal point: `24`, `1,295`, `241.2`.
        case number
        /// One punctuation mark or symbol: `(`, `-`, `–`, `$`, `%`.
        case symbol
    }

    let kind: Kind
    /// The first byte of the token in the field's UTF-8 bytes.
    let start: Int
    /// The byte just past the token.
    let end: Int
    /// Whether whitespace (or the start of the field) comes right before the token.
    let spaceBefore: Bool
    /// Whether a blank line (a real paragraph break) comes right before the token.
    let breakBefore: Bool
}
