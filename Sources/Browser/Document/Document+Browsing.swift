import CableModel

extension Document {
    /// The document the browser shows for a loaded cable: its header as the first unit (`header`), the index over
    /// the header and the units, the figures of the units alone, and each REF line a reference to follow.
    public static func browsing(
        _ cable: Cable, knowledge: GeneralKnowledge, displayWidth: DisplayWidth = .unicodeTable
    ) -> Document {
        let header = HeaderUnit.make(cable, glossary: knowledge.glossary)
        let browsed = Cable(
            header: cable.header, units: [header.unit] + cable.units, pageCount: cable.pageCount,
            encoding: cable.encoding, warnings: cable.warnings, sourceLines: cable.sourceLines)
        let index = CableIndex.build(browsed, knowledge: knowledge)
        // NB: the figures are read from the cable's own units (the header's serial numbers are not figures); their
        // unit ids are the same in both cables.
        let statistics = CableStatistics(cable: cable, statutes: StatuteLookup(index: index))
        var findings = CableFindings(cable: browsed, index: index)
        findings.tables = CableFindings.tables(statistics, cable: browsed)
        let referencePlaces = header.references.enumerated().map { position, range in
            CrossReferencePlace(
                span: FieldSpan(unit: 0, field: .text, range: range), target: nil,
                text: cable.header.references[position].text, cableReference: position)
        }
        findings.crossReferences = (referencePlaces + findings.crossReferences).sorted { $0.span < $1.span }
        return Document(cable: browsed, findings: findings, displayWidth: displayWidth)
    }
}
