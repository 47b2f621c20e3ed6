/// The positions of every word of a cable's headings and texts, with the tables that queries and scanners look up.
///
/// Built once per cable (`WordIndex.build`); afterwards nothing rescans the text: a query looks up interned ids
/// and walks posting lists.
struct WordIndex: Sendable {
    /// Every indexed field in document order (a unit's heading before its text).
    var fields: [IndexedField] = []
    /// For each unit position, the positions in `fields` of its heading and text (-1 when absent).
    var unitFields: [(heading: Int32, text: Int32)] = []
    /// The unit ids, by unit position.
    var unitIDs: [String] = []
    /// Every word in document order.
    var tokens: [Token] = []
    /// Words as written, diacritics folded; see `Token.variant`.
    var variants = ByteStringTable()
    /// Words lower-cased and folded (`tajikistan`); see `termID(of:)`.
    var terms = ByteStringTable()
    /// Stems of terms (`traffic` for `trafficking`); see `stemID(of:)`.
    var stems = ByteStringTable()
    /// The term of each variant.
    var variantTerms: [Int32] = []
    /// The shape of each variant (capitalised, all capitals, digits).
    var variantShapes: [WordShape] = []
    /// The stem of each term.
    var termStems: [Int32] = []
    /// Tokens by stem, by term and by variant.
    var byStem = PostingLists(ids: [], idCount: 0)
    var byTerm = PostingLists(ids: [], idCount: 0)
    var byVariant = PostingLists(ids: [], idCount: 0)
    /// Term ids sorted by their bytes, and each term's place in that order (for prefix queries).
    var sortedTerms: [Int32] = []
    var termRanks: [Int32] = []
    /// The number of tokens in each unit (heading and text), and their mean, for ranking.
    var unitLengths: [Int32] = []
    var meanUnitLength: Double = 1

    /// The field a token lies in.
    func field(of token: Int32) -> IndexedField { fields[Int(tokens[Int(token)].field)] }

    /// The word as written (diacritics kept) of a token.
    func text(of token: Int32) -> String {
        let word = tokens[Int(token)]
        return fields[Int(word.field)].text(Int(word.start)..<Int(word.end))
    }

    /// The lower-cased, folded form of a token.
    func term(of token: Int32) -> ArraySlice<UInt8> { terms.key(termID(of: tokens[Int(token)])) }

    /// The id in `terms` of a token's word.
    @inline(__always)
    func termID(of token: Token) -> Int32 { variantTerms[Int(token.variant)] }

    /// The id in `stems` of a token's word.
    @inline(__always)
    func stemID(of token: Token) -> Int32 { termStems[Int(termID(of: token))] }

    /// The shape of a token's word.
    func shape(of token: Int32) -> WordShape { variantShapes[Int(tokens[Int(token)].variant)] }

    /// The term id of a lower-case ASCII word, when the cable contains it.
    func termID(_ word: String) -> Int32? { terms.id(of: Array(word.utf8)) }

    /// Whether the next token follows this one in the same field.
    func isAdjacent(_ token: Int32, _ next: Int32) -> Bool {
        next < Int32(tokens.count) && tokens[Int(token)].field == tokens[Int(next)].field
    }
}

/// The shape of a word as written, which scanners for names and statutes test.
struct WordShape: OptionSet, Sendable {
    let rawValue: UInt8
    /// Starts with an upper-case letter.
    static let capitalized = WordShape(rawValue: 1)
    /// Has letters, all upper case.
    static let allCapitals = WordShape(rawValue: 2)
    /// Only ASCII digits.
    static let digits = WordShape(rawValue: 4)
    /// Has a lower-case letter.
    static let hasLowercase = WordShape(rawValue: 8)
}
