/// The statistics pane: a row naming the tables (← → switch), then the table shown, sortable with s and r.
enum StatisticsPane {
    /// The rows above the table's data: the tables' names and the column headings.
    static let headerRows = 2

    /// The data rows shown at once in a content rectangle.
    static func dataRows(in rect: Rect) -> Int { max(1, rect.height - headerRows) }

    static func detail(_ state: BrowserState) -> String {
        guard let table = state.currentTable else { return "" }
        let rows = table.rows.count == 1 ? "1 row" : "\(table.rows.count) rows"
        let sort = state.statistics.current.sortColumn.map { " · by \(table.columns[$0])" } ?? ""
        return "\(table.title) · \(rows)\(sort)"
    }

    static func draw(_ state: BrowserState, in rect: Rect, into screen: inout Screen) {
        let tables = state.document.findings.tables
        guard let table = state.currentTable else {
            screen.write(" No statistics for this cable.", column: rect.x, row: rect.y, limit: rect.maxX, style: .muted)
            return
        }
        var column = rect.x + 1
        for (position, each) in tables.enumerated() {
            let style: CellStyle = position == state.statistics.table ? .activeTab : .tab
            column = screen.write(" \(each.title) ", column: column, row: rect.y, limit: rect.maxX, style: style) + 1
        }
        guard !table.rows.isEmpty else {
            screen.write(" " + table.emptyMessage, column: rect.x, row: rect.y + 2, limit: rect.maxX, style: .muted)
            return
        }
        let query = state.search.isActive ? QueryHighlighter(query: state.search.query) : nil
        TableView.draw(
            table, widths: state.document.naturalWidths(ofTable: state.statistics.table), order: state.statisticsOrder,
            state: state.statistics.current, focused: state.focus == .statistics, highlighter: query,
            in: rect.droppingTop(1), into: &screen)
    }
}
