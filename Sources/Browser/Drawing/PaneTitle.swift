/// A pane's title row: its name and a detail (`Reader  27.E · page 5/12`), reversed when the pane has the focus.
enum PaneTitle {
    static func draw(_ title: String, detail: String, focused: Bool, in rect: Rect, into screen: inout Screen) {
        let style: CellStyle = focused ? .focusedPaneTitle : .paneTitle
        screen.fill(rect, style: style)
        let end = screen.write(" " + title, column: rect.x, row: rect.y, limit: rect.maxX, style: style)
        guard !detail.isEmpty else { return }
        var detailStyle = style
        detailStyle.attributes.remove(.bold)
        screen.writeTruncated("  " + detail, column: end, row: rect.y, limit: rect.maxX, style: detailStyle)
    }
}
