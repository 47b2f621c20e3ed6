extension BrowserState {
    /// The entry list's rows as the pane lists them: narrowed by its filter (`f`).
    var indexRows: [IndexRow] { document.indexRows(matching: index.entries.filter) }

    /// The index entry of a row of the entry list as listed.
    func indexEntry(atRow row: Int) -> IndexEntry? {
        let rows = indexRows
        return rows.indices.contains(row) ? document.indexEntry(rows[row]) : nil
    }

    /// The entry whose mentions are listed.
    var openIndexEntry: IndexEntry? { index.openEntry.flatMap(indexEntry(atRow:)) }

    var indexHeight: Int { IndexPane.listRows(in: contentRect(of: .index), mentions: index.openEntry != nil) }

    /// Moves in the mentions of the open entry, or among the entries (skipping group headings).
    mutating func moveIndexSelection(_ motion: Motion) -> Reaction {
        if let entry = openIndexEntry {
            let target = motion.target(from: index.mentions.selection, count: entry.mentions.count, height: indexHeight)
            guard target != index.mentions.selection else { return .none }
            index.mentions.select(target, count: entry.mentions.count, height: indexHeight)
            return .redraw
        }
        let rows = indexRows
        guard !rows.isEmpty else { return .none }
        var target = motion.target(from: index.entries.selection, count: rows.count, height: indexHeight)
        let forward = target >= index.entries.selection
        while indexEntry(atRow: target) == nil, target + (forward ? 1 : -1) >= 0,
            target + (forward ? 1 : -1) < rows.count
        {
            target += forward ? 1 : -1
        }
        if indexEntry(atRow: target) == nil { return .none }
        guard target != index.entries.selection else { return .none }
        index.entries.select(target, count: rows.count, height: indexHeight)
        if target > 0, case .heading = rows[target - 1], index.entries.scroll == target { index.entries.scroll -= 1 }
        return .redraw
    }

    /// Enter: opens a cable entry's cable (with a library); lists any other entry's mentions; on a mention, shows
    /// it in the reader.
    mutating func openIndexSelection() -> Reaction {
        if index.openEntry == nil, let entry = indexEntry(atRow: index.entries.selection),
            let reaction = openCableOfIndex(entry)
        {
            return reaction
        }
        return listIndexMentions()
    }

    /// →: lists the selected entry's mentions; on a mention, shows it in the reader.
    mutating func listIndexMentions() -> Reaction {
        if let row = index.openEntry, let entry = openIndexEntry {
            guard entry.mentions.indices.contains(index.mentions.selection) else { return .none }
            let mention = index.mentions.selection
            recordJump()
            reveal(entry.mentions[mention], as: cursorKind(entry: entry, row: row, mention: mention))
            return .redraw
        }
        guard let entry = indexEntry(atRow: index.entries.selection) else { return .none }
        guard !entry.mentions.isEmpty else {
            message = StatusMessage("\(entry.title) is not mentioned in the text")
            return .redraw
        }
        index.openEntry = index.entries.selection
        index.mentions = TableState()
        return .redraw
    }

    /// ←: back from the mentions to the entries.
    mutating func leaveEntry() -> Reaction {
        guard index.openEntry != nil else { return .none }
        index.openEntry = nil
        keepIndexVisible()
        return .redraw
    }

    /// A click on a row of the index pane.
    mutating func selectIndexRow(_ row: Int) {
        if let entry = openIndexEntry {
            let position = index.mentions.scroll + row - IndexPane.mentionHeaderRows
            if row >= IndexPane.mentionHeaderRows, position < entry.mentions.count {
                index.mentions.select(position, count: entry.mentions.count, height: indexHeight)
            }
            return
        }
        let position = index.entries.scroll + row
        if indexEntry(atRow: position) != nil {
            index.entries.select(position, count: indexRows.count, height: indexHeight)
        }
    }

    /// Keeps the index's selections on an entry and in view.
    mutating func keepIndexVisible() {
        let rows = indexRows
        if !rows.isEmpty, indexEntry(atRow: index.entries.selection) == nil,
            let first = rows.indices.first(where: { indexEntry(atRow: $0) != nil })
        {
            index.entries.selection = first
        }
        index.entries.keepSelectionVisible(height: indexHeight)
        if let entry = openIndexEntry {
            index.mentions.select(index.mentions.selection, count: max(1, entry.mentions.count), height: indexHeight)
        }
    }

    /// A statute entry's mentions step as statute references; others as plain mentions.
    private func cursorKind(entry: IndexEntry, row: Int, mention: Int) -> ReaderCursor.Kind {
        if case .statute(let statute) = entry.kind {
            let positions = document.findings.statutes[statute].mentions
            if positions.indices.contains(mention) { return .statute(positions[mention]) }
        }
        return .mention(row: row, mention: mention)
    }
}
