import CableModel

extension BrowserState {
    /// Follows a REF line's cable: with a library, opens it when the library holds it and says so when it does not;
    /// without one (or for a reference with no cable id), shows its index entry with the places the text cites it.
    mutating func followReferencedCable(_ position: Int) -> Reaction {
        guard linking != nil, let id = document.cable.header.references[position].cableID else {
            return openCableEntry(position)
        }
        return openLinkedCable(id)
    }

    /// Opens the library's cable `id` in the panes, this cable kept as it is for Backspace to come back to; when
    /// the library does not hold it, the status line says so.
    mutating func openLinkedCable(_ id: String) -> Reaction {
        guard let linking else { return .none }
        let cable: Cable?
        do {
            cable = try linking.source.cable(withID: id)
        } catch {
            message = StatusMessage("\(id): \(error.message)", kind: .warning)
            return .redraw
        }
        guard let cable else {
            message = StatusMessage("\(id) is not in the library", kind: .warning)
            return .redraw
        }
        let document = linking.document(for: cable, displayWidth: document.displayWidth)
        var next = BrowserState(document: document, size: size, keyMap: keyMap)
        next.linking = linking
        next.search.history = search.history
        next.goToHistory = goToHistory
        next.outlineWidthChange = outlineWidthChange
        var left = self
        left.previousCables = []
        left.message = nil
        next.previousCables = previousCables + [left]
        next.message = StatusMessage(
            "opened \(cable.title) from \(self.document.cable.title); \(keyMap.label(of: .jumpBack)) comes back")
        self = next
        return .repaint
    }

    /// Backspace at the start of a followed cable's jump list: the cable it was followed from, as it was left.
    mutating func returnToPreviousCable() -> Reaction? {
        guard var previous = previousCables.last else { return nil }
        previous.previousCables = Array(previousCables.dropLast())
        previous.search.history = search.history
        previous.goToHistory = goToHistory
        previous.outlineWidthChange = outlineWidthChange
        let newSize = size
        self = previous
        if newSize != size { _ = resize(to: newSize) }
        return .repaint
    }

    /// Enter on a cable of the index: a cable a REF line names (opened, or said missing, with a library) or a
    /// cable citing this one; nil for any other entry.
    mutating func openCableOfIndex(_ entry: IndexEntry) -> Reaction? {
        switch entry.kind {
        case .cable(let position):
            guard linking != nil, document.cable.header.references[position].cableID != nil else { return nil }
            return followReferencedCable(position)
        case .citingCable(let position):
            guard let row = document.findings.links?.citedBy[position] else { return nil }
            return openLinkedCable(row.id)
        case .statute, .unit, .other:
            return nil
        }
    }

    /// The REF line whose cable the text cites at `span` (`reftel`, `ref A`), by its position among the header's
    /// references.
    func citedReference(at span: FieldSpan) -> Int? {
        for group in document.findings.indexGroups {
            for entry in group.entries {
                if case .cable(let position) = entry.kind, entry.mentions.contains(span) { return position }
            }
        }
        return nil
    }

    /// The first place on the reader's screen where the text cites a cable of the REF line (`reftel`), as a cursor.
    func citationInView(from top: FieldSpan, to bottom: FieldSpan) -> ReaderCursor? {
        var first: FieldSpan?
        for group in document.findings.indexGroups {
            for entry in group.entries where entry.kind.isReferredCable {
                for span in entry.mentions where span >= top && span < bottom && first.map({ span < $0 }) ?? true {
                    first = span
                }
            }
        }
        return first.map { ReaderCursor(.mention(row: -1, mention: 0), span: $0) }
    }
}
