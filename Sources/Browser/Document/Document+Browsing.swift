import CableModel

extension Document {
    /// The document the browser shows for a loaded cable: its header as the first unit (`header`), the index over
    /// the header and the units, the figures of the units alone, and each REF line a reference to follow. With
    /// `deferring` (for a first screen that shows no table), the figures are read only by `deriveDeferredParts()`,
    /// which the browser calls once its first frame is out. With `links` (what a library holds), the cables referred
    /// to say whether the library has them, and a group lists the library's cables that cite this one.
    public static func browsing(
        _ cable: Cable, knowledge: GeneralKnowledge, displayWidth: DisplayWidth = .unicodeTable,
        deferring: Bool = false, links: CableLinks? = nil
    ) -> Document {
        let header = HeaderUnit.make(cable, glossary: knowledge.glossary)
        let browsed = Cable(
            header: cable.header, units: [header.unit] + cable.units, pageCount: cable.pageCount,
            encoding: cable.encoding, warnings: cable.warnings, sourceLines: cable.sourceLines)
        let index = CableIndex.build(browsed, knowledge: knowledge)
        // NB: the figures are read from the cable's own units (the header's serial numbers are not figures); their
        // unit ids are the same in both cables.
        let tables = {
            CableFindings.tables(CableStatistics(cable: cable, statutes: StatuteLookup(index: index)), cable: browsed)
        }
        var findings = CableFindings(cable: browsed, index: index)
        if !deferring { findings.tables = tables() }
        let referencePlaces = header.references.enumerated().map { position, range in
            CrossReferencePlace(
                span: FieldSpan(unit: 0, field: .text, range: range), target: nil,
                text: cable.header.references[position].text, cableReference: position)
        }
        findings.crossReferences = (referencePlaces + findings.crossReferences).sorted { $0.span < $1.span }
        if let links { findings.link(links, references: cable.header.references) }
        let document = Document(cable: browsed, findings: findings, displayWidth: displayWidth)
        if deferring { document.deferredTables = tables }
        return document
    }
}
