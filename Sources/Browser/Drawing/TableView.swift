/// Draws a table: a heading row (the sorted column marked ▲ or ▼), then rows, the selected one highlighted;
/// numbers right-aligned, long cells cut with `…`, the last column taking what width is left.
enum TableView {
    /// The blank columns between two columns.
    static let gap = 2

    static func draw(
        _ table: DataTable, widths natural: [Int], order: [Int], state: TableState, focused: Bool,
        highlighter: QueryHighlighter?, in rect: Rect, into screen: inout Screen
    ) {
        let widths = fitted(natural, into: rect.width - 1)
        var column = rect.x + 1
        for (position, title) in table.columns.enumerated() where column < rect.maxX && widths[position] > 0 {
            var heading = title
            if state.sortColumn == position { heading += state.descending ? " ▼" : " ▲" }
            let width = min(widths[position], rect.maxX - column)
            screen.writeCell(
                heading, column: column, row: rect.y, width: width, rightAligned: table.isNumeric[position],
                style: CellStyle(.heading, [.bold, .underline]), highlighter: nil)
            column += widths[position] + gap
        }
        for row in 0..<(rect.height - 1) {
            let position = state.scroll + row
            guard position < order.count else { break }
            let y = rect.y + 1 + row
            let selected = position == state.selection
            let style: CellStyle = selected ? (focused ? .selection : .unfocusedSelection) : .plain
            if selected { screen.fill(rect.row(1 + row), style: style) }
            var x = rect.x + 1
            for (index, text) in table.rows[order[position]].enumerated() where x < rect.maxX && widths[index] > 0 {
                screen.writeCell(
                    text, column: x, row: y, width: min(widths[index], rect.maxX - x),
                    rightAligned: table.isNumeric[index], style: style, highlighter: highlighter)
                x += widths[index] + gap
            }
        }
    }

    /// Column widths that fit `available`, left to right: each column at its natural width, but at most a third of
    /// the room; the last column shown takes what is left, and columns that would get too little are not shown
    /// (width 0; zoom with z to see them).
    static func fitted(_ natural: [Int], into available: Int) -> [Int] {
        let cap = max(8, available / 3)
        var widths: [Int] = []
        var used = 0
        for (position, width) in natural.enumerated() {
            let room = available - used - (widths.isEmpty ? 0 : gap)
            let wanted = position == natural.count - 1 ? width : min(width, cap)
            guard room >= min(wanted, 6) else { break }
            widths.append(min(wanted, room))
            used += (widths.count == 1 ? 0 : gap) + widths[widths.count - 1]
        }
        if let last = widths.indices.last, widths.count < natural.count {
            widths[last] += available - used
        }
        return widths + Array(repeating: 0, count: natural.count - widths.count)
    }
}
