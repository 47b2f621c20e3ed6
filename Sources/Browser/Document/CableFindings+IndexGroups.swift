import CableModel

extension CableFindings {
    /// The index pane's groups: statutes, paragraph references, cables referred to, organisations, places, people,
    /// glossary. Empty groups are left out, except the statutes, whose rows the statute summaries point at.
    static func groups(cable: Cable, index: CableIndex, statutes: [StatuteSummary], place: SpanConverter)
        -> [IndexGroup]
    {
        var groups = [statuteGroup(index, place)]
        groups.append(IndexGroup(title: "Paragraph references", entries: crossReferenceEntries(index, place)))
        groups.append(IndexGroup(title: "Cables referred to", entries: cableEntries(cable, index, place)))
        for (kind, title) in [(Entity.Kind.organization, "Organisations"), (.place, "Places"), (.person, "People")] {
            let entries = index.entities.filter { $0.kind == kind }.map { entity in
                let aliases = entity.aliases.isEmpty ? [] : ["also " + entity.aliases.joined(separator: ", ")]
                return IndexEntry(
                    title: entity.name, detail: (aliases + [entity.country].compactMap { $0 }).joined(separator: " · "),
                    mentions: entity.mentions.compactMap(place.span))
            }
            groups.append(IndexGroup(title: title, entries: entries))
        }
        groups.append(IndexGroup(title: "Glossary", entries: glossaryEntries(index, place)))
        return groups.enumerated().filter { $0.offset == 0 || !$0.element.entries.isEmpty }.map(\.element)
    }

    private static func statuteGroup(_ index: CableIndex, _ place: SpanConverter) -> IndexGroup {
        let entries = index.statutes.enumerated().map { position, statute in
            let names = statute.names.map { "“\($0)”" }
            let defined = statute.definedIn.map { ["defined in \($0)"] } ?? []
            return IndexEntry(
                title: statute.title, detail: (names + statute.notes + defined).joined(separator: " · "),
                mentions: statute.mentions.compactMap { place.span($0.span) }, kind: .statute(position))
        }
        return IndexGroup(title: "Statutes", entries: entries)
    }

    private static func crossReferenceEntries(_ index: CableIndex, _ place: SpanConverter) -> [IndexEntry] {
        index.crossReferences.map { reference in
            let target: String
            switch reference.target {
            case .unit(let id): target = id
            case .unresolved: target = "? (no such unit)"
            case .otherDocument(let name, let cableID): target = name + (cableID.map { " = \($0)" } ?? "")
            }
            let unit = reference.resolvedUnitID.flatMap { place.cable.position(of: $0) }
            return IndexEntry(
                title: "\(reference.from) → \(target)", detail: "“\(reference.text)”",
                mentions: place.span(reference.span).map { [$0] } ?? [], kind: unit.map(IndexEntry.Kind.unit) ?? .other)
        }
    }

    private static func cableEntries(_ cable: Cable, _ index: CableIndex, _ place: SpanConverter) -> [IndexEntry] {
        cable.header.references.enumerated().map { position, reference in
            let citations = index.citations.filter { $0.references.contains(reference) }
            let label = reference.label.map { $0 + ". " } ?? ""
            return IndexEntry(
                title: label + reference.text + (reference.cableID.map { " = \($0)" } ?? ""), detail: "REF line",
                mentions: citations.compactMap { place.span($0.span) }, kind: .cable(position))
        }
    }

    /// Glossary terms with their meanings; the terms written in the text list where (found through the index).
    private static func glossaryEntries(_ index: CableIndex, _ place: SpanConverter) -> [IndexEntry] {
        index.glossary.map { entry in
            let searched = entry.kind == .abbreviation || entry.kind == .defined
            let mentions = searched ? index.search("\"\(entry.term)\"").matches.compactMap(place.span) : []
            let defined = entry.definedIn.map { " (defined in \($0))" } ?? ""
            return IndexEntry(title: entry.term, detail: entry.meaning + defined, mentions: mentions)
        }
    }
}
