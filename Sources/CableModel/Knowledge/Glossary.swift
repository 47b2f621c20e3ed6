/// The meanings of cable abbreviations and tags: `USG`, `reftel`, `SIPDIS`, `PGOV`, `KTIP`, the two-letter country tags.
public struct Glossary: Sendable {
    /// One term and one of its meanings.
    public struct Entry: Sendable, Equatable {
        /// The term as written (`EmbOffs`, `reftel`, `PGOV`).
        public let term: String
        /// What it stands for.
        public let meaning: String
        /// What kind of term it is.
        public let kind: Kind
        /// For an acronym the cable defines, the unit that defines it.
        public let definedIn: String?

        /// Creates an entry.
        public init(term: String, meaning: String, kind: Kind, definedIn: String? = nil) {
            self.term = term
            self.meaning = meaning
            self.kind = kind
            self.definedIn = definedIn
        }
    }

    /// Kinds of terms.
    public enum Kind: String, Sendable, Codable {
        /// An abbreviation or term of cable usage, looked for in the text.
        case abbreviation
        /// A subject tag of the TAGS line.
        case tag
        /// A two-letter country tag; the meaning is the country.
        case country
        /// `GO*`: `GO` and a country's initials, meaning its government.
        case pattern
        /// An acronym the cable defines itself.
        case defined
    }

    /// Every entry in file order.
    public let entries: [Entry]
    private let byTerm: [String: [Int]]
    /// The `GO*` entry: a prefix and a meaning with `{country}` in it.
    let governmentPattern: Entry?
    /// The tables only the index reads, made on its first read.
    ///
    /// NB: the browser's first frame reads the tags alone; the index, which reads these, is derived after it.
    let indexTables: OnFirstUse<IndexTables>

    /// Parses the rows `term<TAB>meaning<TAB>kind`; rows of unknown kind are skipped.
    public init(parsing bytes: [UInt8]) {
        var entries: [Entry] = []
        for row in TabSeparatedRows.parse(bytes) where row.count >= 3 {
            guard let kind = Kind(rawValue: row[2].lowercased()), !row[0].isEmpty, !row[1].isEmpty else { continue }
            entries.append(Entry(term: row[0], meaning: row[1], kind: kind))
        }
        var byTerm: [String: [Int]] = [:]
        byTerm.reserveCapacity(entries.count)
        for (position, entry) in entries.enumerated() { byTerm[entry.term, default: []].append(position) }
        self.entries = entries
        self.byTerm = byTerm
        governmentPattern = entries.first { $0.kind == .pattern && $0.term.hasSuffix("*") }
        indexTables = OnFirstUse { [entries] in IndexTables(entries: entries) }
    }

    /// The entries for a term written exactly so.
    public func entries(for term: String) -> [Entry] {
        (byTerm[term] ?? []).map { entries[$0] }
    }

    /// The meaning of a TAGS-line tag: a subject tag, or the country a two-letter tag stands for.
    public func meaning(ofTag tag: String) -> String? {
        let found = entries(for: tag)
        return (found.first { $0.kind == .tag || $0.kind == .country } ?? found.first)?.meaning
    }
}
