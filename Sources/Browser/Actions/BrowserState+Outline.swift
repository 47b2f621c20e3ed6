extension BrowserState {
    /// The units the outline lists, with folded sections closed.
    public var outlineRows: [Int] { document.outlineRows(outline) }

    /// The unit the outline highlights: the current unit, or the folded section that hides it.
    public var outlineSelection: Int {
        outline.filter.isEmpty
            ? document.tree.visibleAncestor(of: reader.current, folded: outline.folded) : reader.current
    }

    /// Moves the outline's selection; the reader follows to the selected unit's start.
    mutating func moveOutlineSelection(_ motion: Motion) -> Reaction {
        let rows = outlineRows
        guard !rows.isEmpty else { return .none }
        let row = rows.firstIndex(of: outlineSelection) ?? 0
        let target = motion.target(from: row, count: rows.count, height: contentRect(of: .outline).height)
        guard rows[target] != reader.current else { return .none }
        read(unit: rows[target])
        return .redraw
    }

    /// Folds the selected section, or the section the selected unit belongs to (selecting it).
    mutating func foldSection() -> Reaction {
        let selected = outlineSelection
        let tree = document.tree
        if tree.isFoldable(selected), !outline.folded.contains(selected) {
            outline.folded.insert(selected)
        } else if let parent = tree.parent[selected] {
            outline.folded.insert(parent)
            read(unit: parent)
        } else {
            return .none
        }
        keepOutlineSelectionVisible()
        return .redraw
    }

    /// Unfolds the selected section.
    mutating func unfoldSection() -> Reaction {
        let selected = outlineSelection
        guard outline.folded.contains(selected) else { return .none }
        outline.folded.remove(selected)
        keepOutlineSelectionVisible()
        return .redraw
    }

    /// Makes `unit` the current unit, showing it from its start in the reader.
    mutating func read(unit: Int) {
        reader.current = unit
        reader.top = ReaderAnchor(unit: unit)
        clampReader()
        if reader.showsOriginal, document.original.unitLines.indices.contains(unit) {
            reader.originalTop = document.original.unitLines[unit]
            clampOriginal()
        }
        keepOutlineSelectionVisible()
    }

    /// Scrolls the outline as little as possible so that its selection shows.
    mutating func keepOutlineSelectionVisible() {
        let rows = outlineRows
        let height = max(1, contentRect(of: .outline).height)
        let row = rows.firstIndex(of: outlineSelection) ?? 0
        var scroll = outline.scroll
        if row < scroll { scroll = row }
        if row >= scroll + height { scroll = row - height + 1 }
        outline.scroll = max(0, min(scroll, max(0, rows.count - height)))
    }
}
