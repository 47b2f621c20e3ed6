extension CableIndex {
    /// Indexes a cable with the general knowledge (gazetteer, glossary). Runs once per cable, at load.
    public static func build(_ cable: Cable, knowledge: GeneralKnowledge) -> CableIndex {
        buildWithoutNames(cable, knowledge: knowledge).addingNames(of: cable, knowledge: knowledge)
    }

    /// The index without its names and glossary (`entities` and `glossary` empty): the words, statutes,
    /// cross-references and citations, which read only the glossary's instrument acronyms, never the gazetteer.
    /// `addingNames(of:knowledge:)` completes it as `build(_:knowledge:)` would.
    ///
    /// With `subject` the SUBJECT line is indexed first, as the heading of a unit `subject` (`subjectUnitID`), so
    /// that its statutes, names and words are found like the body's; a caller whose units already show the
    /// header (the browser's `header` unit) passes false.
    public static func buildWithoutNames(_ cable: Cable, knowledge: GeneralKnowledge, subject: Bool = true)
        -> CableIndex
    {
        let words = WordIndex.build(units: (subject ? cable.subjectUnit.map { [$0] } ?? [] : []) + cable.units)
        let definitions = AcronymFinder(index: words).definitions()
        let acronyms = InstrumentReader.acronyms(of: definitions.map { ($0.acronym, $0.longForm) })
            .merging(knowledge.glossary.instrumentAcronyms) { $0 || $1 }
        let collector = StatuteCollector(index: words, findings: StatuteScanner.scan(words, acronyms: acronyms))
        let statutes = collector.statutes()
        let statuteRanges = collector.findings.map { $0.citations.map(\.range) }
        let references = cable.header.references
        let crossReferences = CrossReferenceScanner(index: words, references: references, statuteRanges: statuteRanges)
            .crossReferences()
        let citations = CitationScanner(index: words, references: references).citations()
        var statuteMentions: [String: [(mention: StatuteMention, statute: Int)]] = [:]
        for (position, statute) in statutes.enumerated() {
            for mention in statute.mentions {
                statuteMentions[mention.span.unitID, default: []].append((mention, position))
            }
        }
        for (unit, mentions) in statuteMentions {
            statuteMentions[unit] = mentions.sorted {
                $0.mention.span.range.lowerBound < $1.mention.span.range.lowerBound
            }
        }
        var backLinks: [String: [Int]] = [:]
        for (position, reference) in crossReferences.enumerated() {
            if let target = reference.resolvedUnitID { backLinks[target, default: []].append(position) }
        }
        var unitPositions: [String: Int] = [:]
        for (position, id) in words.unitIDs.enumerated() where unitPositions[id] == nil { unitPositions[id] = position }
        return CableIndex(
            words: words, statutes: statutes, crossReferences: crossReferences, citations: citations,
            entities: [], glossary: [], definitions: definitions, bundledGlossary: knowledge.glossary,
            statuteMentions: statuteMentions,
            backLinkPositions: backLinks, unitPositions: unitPositions)
    }

    /// The id of the unit that holds the SUBJECT line in the index (its heading field).
    public static let subjectUnitID = "subject"

    /// This index with the cable's glossary and names (organisations, places, people) found, with the gazetteer.
    public func addingNames(of cable: Cable, knowledge: GeneralKnowledge) -> CableIndex {
        var index = self
        index.glossary = GlossaryCollector(
            index: words, header: cable.header, knowledge: knowledge, definitions: definitions,
            markings: Array(Set(cable.units.compactMap(\.marking)))
        ).entries()
        index.entities = EntityCollector(
            index: words, gazetteer: knowledge.gazetteer, definitions: definitions,
            abbreviations: index.glossary.filter { $0.kind == .abbreviation || $0.kind == .pattern },
            glossary: knowledge.glossary
        ).entities()
        return index
    }
}
