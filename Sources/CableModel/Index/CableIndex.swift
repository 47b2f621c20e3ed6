/// Everything a cable's text refers to, found once when it loads: a word index for search, statute references,
/// cross-references, mentions of the REF line's telegrams, names, and a glossary.
///
/// Build it with `CableIndex.build(_:knowledge:)` (or load an `IndexedCable`). Every position it gives is a
/// `TextSpan`: a unit id, a field and a range of Unicode scalars in that field.
public struct CableIndex: Sendable {
    /// The word index behind search.
    let words: WordIndex
    /// The statutes the cable cites, in order of first mention.
    public let statutes: [Statute]
    /// References to paragraphs, of this cable or of other documents, in document order.
    public let crossReferences: [CrossReference]
    /// Mentions of the REF line's telegrams (`reftel`, `ref A`) in document order.
    public let citations: [CableCitation]
    /// Organisations, places and people, in order of first mention.
    public internal(set) var entities: [Entity]
    /// The cable's glossary: its TAGS with their meanings, the abbreviations it uses, the acronyms it defines.
    public internal(set) var glossary: [Glossary.Entry]
    /// The acronyms the cable defines (`the Office of Migration (OM)`), which the names and the glossary read.
    let definitions: [AcronymFinder.Definition]
    /// The bundled glossary, for meanings of any term.
    let bundledGlossary: Glossary
    /// Statute mentions by unit id, in document order, with their statute's position.
    let statuteMentions: [String: [(mention: StatuteMention, statute: Int)]]
    /// Cross-references by the unit they point at.
    let backLinkPositions: [String: [Int]]
    /// Each unit id's position.
    let unitPositions: [String: Int]

    /// Runs a query typed by the user. Cheap enough for every keystroke: only index lookups, no rescanning.
    ///
    /// `snippetWidth` is the width, in scalars, of each hit's snippet.
    public func search(_ query: String, snippetWidth: Int = 80) -> SearchResult {
        words.search(SearchQuery(query), snippetWidth: snippetWidth)
    }

    /// Runs a parsed query.
    public func search(_ query: SearchQuery, snippetWidth: Int = 80) -> SearchResult {
        words.search(query, snippetWidth: snippetWidth)
    }

    /// The cross-references that point at a unit: which units send the reader to this one.
    public func backLinks(to unitID: String) -> [CrossReference] {
        (backLinkPositions[unitID] ?? []).map { crossReferences[$0] }
    }

    /// The statute with this id.
    public func statute(id: String) -> Statute? {
        statutes.first { $0.id == id }
    }

    /// The statute mention at a position, or the nearest one before it in the same sentence; nil when the
    /// sentence cites none before that point.
    public func statuteMention(unitID: String, field: Unit.Field, offset: Int) -> StatuteMention? {
        guard let mentions = statuteMentions[unitID] else { return nil }
        guard
            let nearest = mentions.last(where: {
                $0.mention.span.field == field && $0.mention.span.range.lowerBound <= offset
            })
        else { return nil }
        let range = nearest.mention.span.range
        if offset < range.upperBound { return nearest.mention }
        guard let scalars = scalars(unitID: unitID, field: field),
            !SentenceSplitter.ends(in: scalars, between: range.upperBound..<min(offset, scalars.count))
        else { return nil }
        return nearest.mention
    }

    /// The meaning of a TAGS-line tag (`PGOV`, `KTIP`, a country tag such as `TI`), from the bundled glossary.
    public func meaning(ofTag tag: String) -> String? {
        bundledGlossary.meaning(ofTag: tag)
    }

    /// The scalars of one field of one unit.
    func scalars(unitID: String, field: Unit.Field) -> [Unicode.Scalar]? {
        guard let position = unitPositions[unitID] else { return nil }
        let slots = words.unitFields[position]
        let slot = field == .heading ? slots.heading : slots.text
        return slot >= 0 ? words.fields[Int(slot)].scalars : nil
    }
}
