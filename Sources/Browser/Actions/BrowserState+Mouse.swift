extension BrowserState {
    /// The rows the wheel scrolls per notch.
    static let wheelStep = 3

    /// A click focuses the pane under the pointer and selects the row or unit there; the wheel scrolls that pane.
    mutating func handle(_ mouse: MouseEvent) -> Reaction {
        let layout = self.layout
        guard !layout.isTooSmall, prompt == nil else { return .none }
        if help != nil {
            return handleHelpKey(mouse.kind == .wheelUp ? .up : mouse.kind == .wheelDown ? .down : .escape)
        }
        if let tabRow = layout.tabRow, tabRow.contains(column: mouse.column, row: mouse.row) {
            guard mouse.kind == .press, let pane = TabRow.pane(atColumn: mouse.column, width: tabRow.width) else {
                return .none
            }
            return focusPane(pane).union(.redraw)
        }
        guard let pane = layout.pane(atColumn: mouse.column, row: mouse.row) else { return .none }
        switch mouse.kind {
        case .wheelUp: return scroll(pane, by: -BrowserState.wheelStep)
        case .wheelDown: return scroll(pane, by: BrowserState.wheelStep)
        case .press:
            _ = focusPane(pane)
            guard let content = self.layout.content(of: pane), content.contains(column: mouse.column, row: mouse.row)
            else { return .redraw }
            return PaneTable.pane(pane).click(&self, mouse.row - content.y, mouse.column - content.x).union(.redraw)
        }
    }

    /// Scrolls a pane without moving the focus to it.
    mutating func scroll(_ pane: PaneID, by lines: Int) -> Reaction {
        let focused = focus
        focus = pane
        let reaction = move(.lines(lines))
        focus = focused
        return reaction
    }

    /// A click on an outline row reads its unit.
    mutating func selectOutlineRow(_ row: Int) {
        let rows = outlineRows
        let position = outline.scroll + row
        if position < rows.count { read(unit: rows[position]) }
    }

    /// A click in the reader makes the unit on that line the current one.
    mutating func clickReader(row: Int, column: Int) -> Reaction {
        let layout = readerLayout
        let line = layout.line(of: reader.top) + row
        guard line < layout.lines.count else { return .none }
        reader.current = unitShown(atLine: line, layout: layout)
        keepOutlineSelectionVisible()
        return .redraw
    }

    /// A click in the statistics pane selects the row under it.
    mutating func clickStatistics(row: Int, column: Int) -> Reaction {
        selectStatisticsRow(row)
        return .redraw
    }
}
