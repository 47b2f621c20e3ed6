import CableModel

extension CableFindings {
    /// What the index found in `cable`, in the browser's terms. Runs once, at start-up.
    public init(cable: Cable, index: CableIndex) {
        self.init(withoutIndexGroups: cable, index: index)
        indexGroups = CableFindings.groups(
            cable: cable, index: index, statutes: statutes, place: SpanConverter(cable: cable))
    }

    /// What the index found in `cable` but the index pane's groups: the statutes, the cross-references and search.
    init(withoutIndexGroups cable: Cable, index: CableIndex) {
        self.init()
        let place = SpanConverter(cable: cable)
        collectStatutes(index, place)
        crossReferences = CableFindings.crossReferencePlaces(index, place)
        search = { query in
            let result = index.search(query)
            guard !result.isEmptyQuery else { return nil }
            return result.matches.compactMap(place.span)
        }
    }

    /// Every statute mention in document order, and each statute's mentions among them.
    private mutating func collectStatutes(_ index: CableIndex, _ place: SpanConverter) {
        var mentions: [(span: FieldSpan, statute: Int, ordinal: Int)] = []
        for (position, statute) in index.statutes.enumerated() {
            for (ordinal, mention) in statute.mentions.enumerated() {
                if let span = place.span(mention.span) { mentions.append((span, position, ordinal)) }
            }
        }
        mentions.sort { $0.span < $1.span }
        statuteMentions = mentions.map { StatuteMentionPlace(span: $0.span, statute: $0.statute, ordinal: $0.ordinal) }
        statutes = index.statutes.enumerated().map { position, statute in
            StatuteSummary(
                label: (statute.division == .article ? "Art. " : "Sec. ") + statute.number,
                mentions: statuteMentions.indices.filter { statuteMentions[$0].statute == position },
                indexRow: position + 1)
        }
    }

    /// The cross-references in document order; a list or range that shares one span is one place.
    private static func crossReferencePlaces(_ index: CableIndex, _ place: SpanConverter) -> [CrossReferencePlace] {
        var seen = Set<FieldSpan>()
        var places: [CrossReferencePlace] = []
        for reference in index.crossReferences {
            guard let span = place.span(reference.span), seen.insert(span).inserted else { continue }
            let target = reference.resolvedUnitID.flatMap { place.cable.position(of: $0) }
            var linked: String?
            if case .otherDocument(_, let cableID) = reference.target { linked = cableID }
            places.append(CrossReferencePlace(span: span, target: target, text: reference.text, linkedCable: linked))
        }
        return places.sorted { $0.span < $1.span }
    }
}

/// Turns the model's spans (unit ids) into the browser's (unit positions).
struct SpanConverter {
    let cable: Cable

    func span(_ span: TextSpan) -> FieldSpan? {
        cable.position(of: span.unitID).map { FieldSpan(unit: $0, field: span.field, range: span.range) }
    }
}
