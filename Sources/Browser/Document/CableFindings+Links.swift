import CableModel

extension CableFindings {
    /// The heading of the group of the library's cables that refer to this one.
    static let citedByTitle = "Cited by"

    /// The index pane's `groups` with what a library holds: each cable referred to says whether the library has it,
    /// and a group after them lists the cables that cite this one (id, date, origin, subject).
    static func linked(_ groups: [IndexGroup], _ links: CableLinks, references: [CableReference]) -> [IndexGroup] {
        var linked = groups.map { group in
            IndexGroup(title: group.title, entries: group.entries.map { Self.marked($0, links, references) })
        }
        guard !links.citedBy.isEmpty else { return linked }
        let entries = links.citedBy.enumerated().map { position, row in
            IndexEntry(
                title: row.id,
                detail: [row.date, row.origin, row.subject].filter { !$0.isEmpty }.joined(separator: " · "),
                mentions: [], kind: .citingCable(position))
        }
        let anchor = linked.lastIndex { $0.entries.contains { $0.kind.isReferredCable } } ?? 0
        linked.insert(IndexGroup(title: Self.citedByTitle, entries: entries), at: anchor + 1)
        return linked
    }

    /// A cable referred to, with whether the library holds it; other entries as they are.
    private static func marked(_ entry: IndexEntry, _ links: CableLinks, _ references: [CableReference])
        -> IndexEntry
    {
        guard case .cable(let position) = entry.kind, let id = references[position].cableID else { return entry }
        let status = links.held.contains(id) ? "in the library" : "not in the library"
        return IndexEntry(
            title: entry.title, detail: entry.detail + " · " + status, mentions: entry.mentions, kind: entry.kind)
    }
}

extension IndexEntry.Kind {
    /// Whether the entry is a cable a REF line names.
    var isReferredCable: Bool {
        if case .cable = self { return true }
        return false
    }

    /// Whether the entry is a cable citing this one, which the text does not mention.
    var isCitingCable: Bool {
        if case .citingCable = self { return true }
        return false
    }
}
