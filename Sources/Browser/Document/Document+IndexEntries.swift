extension Document {
    /// The index entry of an entry-list row; nil for a group heading.
    func indexEntry(_ row: IndexRow) -> IndexEntry? {
        guard case .entry(let group, let entry) = row else { return nil }
        return findings.indexGroups[group].entries[entry]
    }

    /// The index entry of a row of the whole entry list; nil for a group heading or a row past the end.
    func indexEntry(atRow row: Int) -> IndexEntry? {
        indexRows.indices.contains(row) ? indexEntry(indexRows[row]) : nil
    }

    /// The index pane's rows while `filter` narrows them (`f`): the entries whose title or detail holds its words,
    /// each under its group's heading, and only the headings of groups that keep an entry; every row when empty.
    func indexRows(matching filter: String) -> [IndexRow] {
        guard !filter.isEmpty else { return indexRows }
        if let cached = filteredIndexRows, cached.filter == filter { return cached.rows }
        let words = QueryHighlighter(query: filter)
        var rows: [IndexRow] = []
        for row in indexRows {
            guard let entry = indexEntry(row), words.holdsEveryWord(of: entry.title + " " + entry.detail) else {
                continue
            }
            if case .entry(let group, _) = row, rows.last.map({ $0.group != group }) ?? true {
                rows.append(.heading(group: group))
            }
            rows.append(row)
        }
        filteredIndexRows = (filter, rows)
        return rows
    }
}

extension IndexRow {
    /// The group the row belongs to.
    var group: Int {
        switch self {
        case .heading(let group), .entry(let group, _): group
        }
    }
}
