/// One article or section read from the text, before citations are grouped into statutes.
struct StatuteCitation: Sendable {
    let division: Statute.Division
    /// The number as written (`241.2`).
    let number: String
    /// The field it is written in (a position in `WordIndex.fields`).
    var field: Int32 = -1
    /// The mention's scalar range.
    let range: Range<Int>
    /// A subdivision such as `(1)` or `part 2`.
    let subdivision: String?
    /// Names given to it in the text.
    var names: [String] = []
    /// Notes such as `renumbered 313`.
    var notes: [String] = []
    /// The instrument written with it (`of the Criminal Code`).
    var instrument: InstrumentName?
    /// Whether the text around it says what it covers.
    var isDefining = false
    /// A `Section N` with neither its law nor a subdivision written: a statute only where its unit's law is known.
    var isBareSection = false
    /// Whether it modifies a noun after `a` or `an` (`an Article 12 agreement`): it names a thing by the article.
    var isModifier = false
    /// Whether an instrument is written after it that could not be read (`OF THE LAW ON PUBLIC ORDER` in
    /// capitals): it is that instrument's, so it takes none from the text around it.
    var hasUnreadInstrument = false
    /// The `(` that opens the parentheses the citation stands in, when it does: `the Constitution (Art. 280)`.
    var openParenthesis: Int?
}

/// A law's name as written (`Criminal Code`) and the key that groups its spellings (`criminal code`).
struct InstrumentName: Sendable {
    let text: String
    var key: String
    /// Where it is written.
    let range: Range<Int>
    /// A kind of law alone in lower case (`of the law`, `of the same charter`): it stands for the one instrument
    /// of that kind the text names, or for none.
    var isKindAlone = false
}
