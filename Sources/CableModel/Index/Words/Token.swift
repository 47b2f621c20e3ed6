/// One word of a cable in the word index: where it is and which interned forms it has.
struct Token: Sendable {
    /// The first scalar of the word in its field.
    var start: Int32
    /// The scalar just past the word.
    var end: Int32
    /// The position of its field in `WordIndex.fields`.
    var field: Int32
    /// The word as written with diacritics folded (`Tajikistan`), an id in `WordIndex.variants`.
    var variant: Int32
    /// The word lower-cased and folded (`tajikistan`), an id in `WordIndex.terms`.
    var term: Int32
    /// The stem of the term (`traffic` for `trafficking`), an id in `WordIndex.stems`.
    var stem: Int32
}
