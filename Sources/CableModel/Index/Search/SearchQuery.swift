/// A parsed search query: words that must all occur, quoted phrases, prefixes (`traffick*`) and exclusions (`-word`).
///
/// A lone word matches its inflections (`traffic` finds `trafficking`); a quoted phrase matches its words exactly
/// (case and diacritics aside). Smart case: a word with an upper-case letter matches only that spelling.
/// Stop words outside quotes are dropped; a query left with nothing to look for `isEmpty`.
public struct SearchQuery: Sendable, Equatable {
    /// One word of a clause.
    public struct Term: Sendable, Equatable {
        /// The word as typed (without `*`).
        public let text: String
        /// Whether case must match (the word has an upper-case letter).
        public let isCaseSensitive: Bool
        /// Whether the word is a prefix (`traffick*`).
        public let isPrefix: Bool
    }

    /// Words that must follow one another: a lone word, a quoted phrase, or a word with inner punctuation (`anti-TIP`).
    public struct Clause: Sendable, Equatable {
        /// The words, in order.
        public let terms: [Term]
        /// Whether the clause excludes units (`-word`).
        public let isExcluded: Bool
        /// Whether inflections match: a lone, unquoted, case-insensitive word that is not a prefix.
        public let matchesInflections: Bool
    }

    /// The clauses in the order typed.
    public let clauses: [Clause]

    /// Whether nothing is left to look for: the query was empty, punctuation, stop words or only exclusions.
    public var isEmpty: Bool { !clauses.contains { !$0.isExcluded } }

    /// The stem a lone query word is matched by (`trafficking` → `traffic`), for a lower-cased, diacritic-folded
    /// word: two words match each other's inflections when their stems are equal.
    public static func stem(of word: String) -> String {
        String(decoding: Stemmer.stem(Array(word.utf8)), as: UTF8.self)
    }

    /// Parses a query as typed.
    public init(_ text: String) {
        clauses = QueryParser.clauses(of: text)
    }
}
