import CableModel

extension Document {
    /// The document the browser shows for a loaded cable: its header as the first unit (`header`), the index over
    /// the header and the units, the figures of the units alone, and each REF line a reference to follow.
    ///
    /// `knowledge` is what the index needs (the glossary; its gazetteer may be empty) and `names`, when given, the
    /// whole knowledge the names are found with, asked for only when they are. With `deferring` (for a first screen
    /// that shows neither the statistics nor the index pane), everything the index and the statistics find but the
    /// REF lines (the statutes, cross-references and search, the names, the index pane and the figures) is derived
    /// only by `deriveDeferredParts()`, which the browser calls once its first frame is out. With `links` (what a
    /// library holds), the cables referred to say whether the library has them, and a group lists the library's
    /// cables that cite this one.
    public static func browsing(
        _ cable: Cable, knowledge: GeneralKnowledge, names: (@Sendable () -> GeneralKnowledge)? = nil,
        displayWidth: DisplayWidth = .unicodeTable, deferring: Bool = false, links: CableLinks? = nil
    ) -> Document {
        let header = HeaderUnit.make(cable, glossary: knowledge.glossary)
        let browsed = Cable(
            header: cable.header, units: [header.unit] + cable.units, pageCount: cable.pageCount,
            encoding: cable.encoding, warnings: cable.warnings, sourceLines: cable.sourceLines)
        let referencePlaces = header.references.enumerated().map { position, range in
            CrossReferencePlace(
                span: FieldSpan(unit: 0, field: .text, range: range), target: nil,
                text: cable.header.references[position].text, cableReference: position)
        }.sorted { $0.span < $1.span }
        // NB: the first frame shows the REF lines, which need no index, as the whole findings will.
        var first = CableFindings()
        (first.crossReferences, first.links) = (referencePlaces, links)
        let document = Document(cable: browsed, findings: first, displayWidth: displayWidth)
        document.deferredParts = {
            wholeFindings(
                browsed, of: cable, knowledge: knowledge, names: names, links: links, references: referencePlaces)
        }
        if !deferring { _ = document.deriveDeferredParts() }
        return document
    }

    /// Everything the index and the statistics find in `browsed` (`cable` with its header as the first unit), its
    /// REF lines (`references`) among the cross-references.
    private static func wholeFindings(
        _ browsed: Cable, of cable: Cable, knowledge: GeneralKnowledge, names: (@Sendable () -> GeneralKnowledge)?,
        links: CableLinks?, references: [CrossReferencePlace]
    ) -> CableFindings {
        let index = CableIndex.buildWithoutNames(browsed, knowledge: knowledge, subject: false)
        var findings = CableFindings(withoutIndexGroups: browsed, index: index)
        findings.crossReferences = (references + findings.crossReferences).sorted { $0.span < $1.span }
        findings.links = links
        let named = index.addingNames(of: browsed, knowledge: names?() ?? knowledge)
        let groups = CableFindings.groups(
            cable: browsed, index: named, statutes: findings.statutes, place: SpanConverter(cable: browsed))
        findings.indexGroups =
            links.map { CableFindings.linked(groups, $0, references: cable.header.references) }
            ?? groups
        // NB: the figures are read from the cable's own units (the header's serial numbers are not figures); their
        // unit ids are the same in both cables.
        findings.tables = CableFindings.tables(
            CableStatistics(cable: cable, statutes: StatuteLookup(index: index)), cable: browsed)
        return findings
    }
}
