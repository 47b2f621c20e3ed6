/// One word of a cable in the word index: where it is and which interned forms it has.
struct Token: Sendable {
    /// The first scalar of the word in its field.
    var start: Int32
    /// The scalar just past the word.
    var end: Int32
    /// The position of its field in `WordIndex.fields`.
    var field: Int32
    /// The word as written with diacritics folded (`Tajikistan`), an id in `WordIndex.variants`; its term and stem
    /// are looked up from it (`WordIndex.termID(of:)`, `stemID(of:)`).
    ///
    /// NB: a token is 16 bytes, not 24 with the term and stem beside it: a text of megabytes has a token for every
    /// five or six of its bytes, and the tokens were the largest array of its index.
    var variant: Int32
}
