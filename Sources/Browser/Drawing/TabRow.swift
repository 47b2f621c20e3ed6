/// The row of tabs shown when some panes are folded away: every pane, the focused one highlighted.
enum TabRow {
    /// Each pane's tab and the columns it takes in a row `width` wide.
    static func tabs(width: Int) -> [(pane: PaneID, columns: Range<Int>, label: String)] {
        let numbered = PaneID.allCases.map { pane in (pane, " \(pane.tab)·\(pane.title) ") }
        let plain = PaneID.allCases.map { pane in (pane, " \(pane.title) ") }
        let labels = total(numbered) <= width ? numbered : plain
        var column = 0
        return labels.map { pane, label in
            let start = column
            column += label.count + 1
            return (pane, start..<(start + label.count), label)
        }
    }

    /// The pane whose tab is at a column.
    static func pane(atColumn column: Int, width: Int) -> PaneID? {
        tabs(width: width).first { $0.columns.contains(column) }?.pane
    }

    static func draw(_ state: BrowserState, layout: Layout, in rect: Rect, into screen: inout Screen) {
        for tab in tabs(width: rect.width) {
            let style: CellStyle
            if tab.pane == state.focus {
                style = .activeTab
            } else if layout.panes[tab.pane] != nil {
                style = CellStyle(.tab, .bold)
            } else {
                style = .tab
            }
            let end = screen.write(
                tab.label, column: rect.x + tab.columns.lowerBound, row: rect.y, limit: rect.maxX, style: style)
            screen.write("│", column: end, row: rect.y, limit: rect.maxX, style: .separator)
        }
    }

    private static func total(_ labels: [(PaneID, String)]) -> Int {
        labels.reduce(0) { $0 + $1.1.count + 1 }
    }
}
