extension PaneID {
    /// The statistics tables.
    static let statistics = PaneID("statistics")
}

/// The statistics pane: a row naming the tables (← → switch), then the table shown, sortable with s and r.
enum StatisticsPane {
    /// The rows above the table's data: the tables' names and the column headings.
    static let headerRows = 2

    /// The data rows shown at once in a content rectangle.
    static func dataRows(in rect: Rect) -> Int { max(1, rect.height - headerRows) }

    static func detail(_ statistics: StatisticsState, document: Document) -> String {
        guard let table = document.table(at: statistics.table) else { return "" }
        var rows = Count.of(table.rows.count, "row")
        if !statistics.current.filter.isEmpty {
            rows = "filter “\(statistics.current.filter)” · \(document.order(of: statistics).count) of " + rows
        }
        let sort = statistics.current.sortColumn.map { " · by \(table.columns[$0])" } ?? ""
        return "\(table.title) · \(rows)\(sort)"
    }

    /// The columns of each table's name on the names row, from the content's left edge; nil when the names do not
    /// all fit and the row shows `◂ Figures 1/4 ▸` instead.
    static func tableNameColumns(_ tables: [DataTable], width: Int, displayWidth: DisplayWidth) -> [Range<Int>]? {
        var column = 1
        var ranges: [Range<Int>] = []
        for table in tables {
            let end = column + displayWidth.width(of: " \(table.title) ")
            ranges.append(column..<end)
            column = end + 1
        }
        return column - 1 < width ? ranges : nil
    }

    /// The tables' names, the current one highlighted; `◂ Figures 1/4 ▸` when they do not all fit.
    private static func drawTableNames(_ tables: [DataTable], current: Int, in rect: Rect, into screen: inout Screen) {
        guard let columns = tableNameColumns(tables, width: rect.width, displayWidth: screen.displayWidth) else {
            let label = " ◂ \(tables[current].title) \(current + 1)/\(tables.count) ▸ "
            screen.write(label, column: rect.x + 1, row: rect.y, limit: rect.maxX, style: .activeTab)
            return
        }
        for (position, table) in tables.enumerated() {
            let style: CellStyle = position == current ? .activeTab : .tab
            screen.write(
                " \(table.title) ", column: rect.x + columns[position].lowerBound, row: rect.y, limit: rect.maxX,
                style: style)
        }
    }

    /// Paints the table `statistics` shows, in its order, with its selection.
    static func draw(_ statistics: StatisticsState, context: PaneContext, in rect: Rect, into screen: inout Screen) {
        let document = context.document
        let tables = document.findings.tables
        guard let table = document.table(at: statistics.table) else {
            screen.write(" No statistics for this cable.", column: rect.x, row: rect.y, limit: rect.maxX, style: .muted)
            return
        }
        drawTableNames(tables, current: statistics.table, in: rect.top(1), into: &screen)
        guard !table.rows.isEmpty else {
            screen.write(" " + table.emptyMessage, column: rect.x, row: rect.y + 2, limit: rect.maxX, style: .muted)
            return
        }
        TableView.draw(
            table, widths: document.naturalWidths(ofTable: statistics.table),
            order: document.order(of: statistics), state: statistics.current, focused: context.focused,
            highlighter: context.highlighter, in: rect.droppingTop(1), into: &screen)
    }
}
