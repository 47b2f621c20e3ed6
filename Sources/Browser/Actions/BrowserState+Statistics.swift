extension BrowserState {
    /// The statistics table shown, if the cable has any.
    var currentTable: DataTable? { document.table(at: statistics.table) }

    /// The rows of the table shown, in display order (sorted as asked).
    public var statisticsOrder: [Int] { document.order(of: statistics) }

    /// The rows the table shows at once.
    var statisticsHeight: Int { StatisticsPane.dataRows(in: contentRect(of: .statistics)) }

    mutating func moveStatisticsSelection(_ motion: Motion) -> Reaction {
        guard let table = currentTable, !table.rows.isEmpty else { return .none }
        var state = statistics.current
        let count = statisticsOrder.count
        let target = motion.target(from: state.selection, count: count, height: statisticsHeight)
        guard target != state.selection else { return .none }
        state.select(target, count: count, height: statisticsHeight)
        statistics.current = state
        return .redraw
    }

    /// ←, →: the previous or next table.
    mutating func stepTable(by delta: Int) -> Reaction {
        let count = document.findings.tables.count
        guard count > 1 else { return .none }
        statistics.table = (statistics.table + delta + count) % count
        keepTablesVisible()
        return .redraw
    }

    /// ←, →: scrolls the table's columns sideways, one column at a time, while some are out of view.
    mutating func scrollColumns(by delta: Int) -> Reaction {
        guard let table = currentTable else { return .none }
        let columns = statisticsColumns
        var state = statistics.current
        if delta > 0, !columns.hiddenRight || state.firstColumn >= table.columns.count - 1 {
            message = StatusMessage("the last column shows")
            return .redraw
        }
        if delta < 0, state.firstColumn == 0 {
            message = StatusMessage("the first column shows")
            return .redraw
        }
        state.firstColumn += delta
        statistics.current = state
        return .redraw
    }

    /// Where the columns of the table shown stand in the pane.
    var statisticsColumns: TableColumns {
        let rect = contentRect(of: .statistics)
        return TableColumns(
            natural: document.naturalWidths(ofTable: statistics.table), first: statistics.current.firstColumn,
            x: rect.x, width: rect.width)
    }

    /// A click on a column's heading sorts by it; a second click reverses the order.
    mutating func sortByColumn(atX x: Int) -> Reaction {
        guard let table = currentTable, let column = statisticsColumns.column(atX: x) else { return .none }
        let selected = selectedStatisticsRow
        var state = statistics.current
        if state.sortColumn == column {
            state.descending.toggle()
        } else {
            state.sortColumn = column
            state.descending = false
        }
        statistics.current = state
        reselect(selected)
        message = StatusMessage("sorted by \(table.columns[column])" + (state.descending ? ", reversed" : ""))
        return .redraw
    }

    /// s: sorts by the next column (after the last, back to the table's own order); the selected row stays selected.
    mutating func sortByNextColumn() -> Reaction {
        guard let table = currentTable, !table.columns.isEmpty else { return .none }
        let selected = selectedStatisticsRow
        var state = statistics.current
        state.sortColumn = state.sortColumn.map { $0 + 1 < table.columns.count ? $0 + 1 : nil } ?? 0
        statistics.current = state
        reselect(selected)
        message = StatusMessage(state.sortColumn.map { "sorted by \(table.columns[$0])" } ?? "in the table's own order")
        return .redraw
    }

    /// r: reverses the order.
    mutating func reverseSort() -> Reaction {
        guard currentTable != nil else { return .none }
        let selected = selectedStatisticsRow
        statistics.current.descending.toggle()
        reselect(selected)
        return .redraw
    }

    /// Enter: shows the selected row's figure in its sentence in the reader.
    mutating func openFigure() -> Reaction {
        guard let table = currentTable, let row = selectedStatisticsRow else { return .none }
        guard let span = table.sources[row] else {
            message = StatusMessage("this row has no place in the text")
            return .redraw
        }
        recordJump()
        reveal(span, as: .figure(table: statistics.table, row: row))
        return .redraw
    }

    /// A click on a row of the table (row 0 of the content is the table row, row 1 the headings).
    mutating func selectStatisticsRow(_ row: Int) {
        guard currentTable != nil, row >= StatisticsPane.headerRows else { return }
        var state = statistics.current
        let position = state.scroll + row - StatisticsPane.headerRows
        guard position < statisticsOrder.count else { return }
        state.select(position, count: statisticsOrder.count, height: statisticsHeight)
        statistics.current = state
    }

    /// The table row selected (its position in the table, not in display order).
    var selectedStatisticsRow: Int? {
        let order = statisticsOrder
        let selection = statistics.current.selection
        return order.indices.contains(selection) ? order[selection] : nil
    }

    private mutating func reselect(_ row: Int?) {
        guard let row, let position = statisticsOrder.firstIndex(of: row) else { return }
        var state = statistics.current
        state.select(position, count: statisticsOrder.count, height: statisticsHeight)
        statistics.current = state
    }

    /// Keeps the selection of the table shown within its rows and in view.
    mutating func keepStatisticsVisible() {
        guard let table = currentTable else { return }
        var state = statistics.current
        state.select(
            state.selection, count: max(1, min(table.rows.count, statisticsOrder.count)), height: statisticsHeight)
        statistics.current = state
    }

    /// Keeps the selections of the tables and the index within their rows and in view.
    mutating func keepTablesVisible() {
        keepStatisticsVisible()
        keepIndexVisible()
    }
}
