extension CableIndex {
    /// Indexes a cable with the general knowledge (gazetteer, glossary). Runs once per cable, at load.
    public static func build(_ cable: Cable, knowledge: GeneralKnowledge) -> CableIndex {
        let words = WordIndex.build(units: cable.units)
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
        let glossary = GlossaryCollector(
            index: words, header: cable.header, knowledge: knowledge, definitions: definitions,
            markings: Array(Set(cable.units.compactMap(\.marking)))
        ).entries()
        let entities = EntityCollector(
            index: words, gazetteer: knowledge.gazetteer, definitions: definitions,
            abbreviations: glossary.filter { $0.kind == .abbreviation || $0.kind == .pattern }
        ).entities()
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
            entities: entities, glossary: glossary, bundledGlossary: knowledge.glossary,
            statuteMentions: statuteMentions,
            backLinkPositions: backLinks, unitPositions: unitPositions)
    }
}
