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
        for (position, title) in table.columns.enumerated() where column < rect.maxX {
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
            for (index, text) in table.rows[order[position]].enumerated() where x < rect.maxX {
                screen.writeCell(
                    text, column: x, row: y, width: min(widths[index], rect.maxX - x),
                    rightAligned: table.isNumeric[index], style: style, highlighter: highlighter)
                x += widths[index] + gap
            }
        }
    }

    /// Column widths that fit `available`: each column but the last at most a third of it, the last taking what
    /// it needs of the rest; when even that is too wide, the widest columns give way.
    static func fitted(_ natural: [Int], into available: Int) -> [Int] {
        guard !natural.isEmpty else { return [] }
        let cap = max(8, available / 3)
        var widths = natural.enumerated().map { $0.offset == natural.count - 1 ? $0.element : min($0.element, cap) }
        let gaps = gap * (natural.count - 1)
        let others = widths.dropLast().reduce(0, +)
        widths[widths.count - 1] = min(natural.last!, max(12, available - others - gaps))
        var total = widths.reduce(0, +) + gaps
        while total > available, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 6 {
            widths[widest] -= 1
            total -= 1
        }
        return widths
    }
}
