import CableModel

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

    /// A click in the reader makes the unit on that line the current one; a click on a statute reference or a
    /// cross-reference follows it, as Enter does.
    mutating func clickReader(row: Int, column: Int) -> Reaction {
        if reader.showsOriginal {
            reader.current = document.original.unit(atLine: reader.originalTop + row)
            keepOutlineSelectionVisible()
            return .redraw
        }
        let layout = readerLayout
        let line = layout.line(of: reader.top) + row
        guard line < layout.lines.count else { return .none }
        reader.current = unitShown(atLine: line, layout: layout)
        keepOutlineSelectionVisible()
        guard let reference = reference(on: layout.lines[line], column: column - ReaderPane.padding) else {
            return .redraw
        }
        cursor = reference
        return followCursor()
    }

    /// The statute reference or cross-reference drawn at a column of a reader line, as a cursor.
    func reference(on line: ReaderLine, column: Int) -> ReaderCursor? {
        guard line.part == .heading || line.part == .text, column >= 0 else { return nil }
        let field: Unit.Field = line.part == .heading ? .heading : .text
        let scalars = document.texts[line.unit].scalars(of: field)
        var x = 0
        var offset = line.range.lowerBound
        while offset < line.range.upperBound {
            x += document.displayWidth.glyph(for: scalars[offset]).width
            if x > column { break }
            offset += 1
        }
        guard offset < line.range.upperBound else { return nil }
        let findings = document.findings
        func holds(_ span: FieldSpan) -> Bool {
            span.unit == line.unit && span.field == field && span.range.contains(offset)
        }
        if let statute = findings.statuteMentions.firstIndex(where: { holds($0.span) }) {
            return ReaderCursor(.statute(statute), span: findings.statuteMentions[statute].span)
        }
        if let reference = findings.crossReferences.firstIndex(where: { holds($0.span) }) {
            return ReaderCursor(.crossReference(reference), span: findings.crossReferences[reference].span)
        }
        return nil
    }

    /// A click in the statistics pane: on a table's name it shows that table, on a column's heading it sorts by
    /// that column, on a row it selects the row.
    mutating func clickStatistics(row: Int, column: Int) -> Reaction {
        let tables = document.findings.tables
        switch row {
        case 0 where !tables.isEmpty:
            let rect = contentRect(of: .statistics)
            guard
                let names = StatisticsPane.tableNameColumns(
                    tables, width: rect.width, displayWidth: document.displayWidth)
            else { return stepTable(by: column < rect.width / 2 ? -1 : 1) }
            guard let table = names.firstIndex(where: { $0.contains(column) }), table != statistics.table else {
                return .none
            }
            statistics.table = table
            keepTablesVisible()
            return .redraw
        case 1:
            return sortByColumn(atX: contentRect(of: .statistics).x + column)
        default:
            selectStatisticsRow(row)
            return .redraw
        }
    }
}
