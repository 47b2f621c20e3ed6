/// Draws a table: a heading row (the sorted column marked ▲ or ▼, `◂` `▸` where columns are scrolled out of
/// view), then rows, the selected one highlighted; numbers right-aligned, long cells cut with `…`.
enum TableView {
    static func draw(
        _ table: DataTable, widths natural: [Int], order: [Int], state: TableState, focused: Bool,
        highlighter: QueryHighlighter?, in rect: Rect, into screen: inout Screen
    ) {
        let columns = TableColumns(natural: natural, first: state.firstColumn, x: rect.x, width: rect.width)
        for placed in columns.placed {
            var heading = table.columns[placed.column]
            if state.sortColumn == placed.column { heading += state.descending ? " ▼" : " ▲" }
            screen.writeCell(
                heading, column: placed.x, row: rect.y, width: placed.width,
                rightAligned: table.isNumeric[placed.column], style: CellStyle(.heading, [.bold, .underline]),
                highlighter: nil)
        }
        if columns.hiddenLeft { screen.write("◂", column: rect.x, row: rect.y, limit: rect.maxX, style: .activeTab) }
        if columns.hiddenRight {
            screen.write("▸", column: rect.maxX - 1, row: rect.y, limit: rect.maxX, style: .activeTab)
        }
        for row in 0..<(rect.height - 1) {
            let position = state.scroll + row
            guard position < order.count else { break }
            let y = rect.y + 1 + row
            let selected = position == state.selection
            let style: CellStyle = selected ? (focused ? .selection : .unfocusedSelection) : .plain
            if selected { screen.fill(rect.row(1 + row), style: style) }
            let cells = table.rows[order[position]]
            for placed in columns.placed {
                screen.writeCell(
                    cells[placed.column], column: placed.x, row: y, width: placed.width,
                    rightAligned: table.isNumeric[placed.column], style: style, highlighter: highlighter)
            }
        }
    }
}
