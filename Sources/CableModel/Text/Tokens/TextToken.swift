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

    // NB: offsets are stored in 32 bits and the flags after them, so a token takes 12 bytes, not 32: a field's
    // tokens are about a fifth of its bytes in number, and an 8 MB field is tokenized whole.
    private let startOffset: Int32
    private let endOffset: Int32
    let kind: Kind
    /// Whether whitespace (or the start of the field) comes right before the token.
    let spaceBefore: Bool
    /// Whether a blank line (a real paragraph break) comes right before the token.
    let breakBefore: Bool

    /// The first byte of the token in the field's UTF-8 bytes.
    var start: Int { Int(startOffset) }
    /// The byte just past the token.
    var end: Int { Int(endOffset) }

    init(kind: Kind, start: Int, end: Int, spaceBefore: Bool, breakBefore: Bool) {
        startOffset = Int32(start)
        endOffset = Int32(end)
        self.kind = kind
        self.spaceBefore = spaceBefore
        self.breakBefore = breakBefore
    }
}
