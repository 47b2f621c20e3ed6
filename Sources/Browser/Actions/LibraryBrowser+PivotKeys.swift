import CableModel

extension LibraryBrowser {
    /// Performs a named action on the pivot pane: moving through its rows and columns, opening a cell's cable, and
    /// what the list does (filter, help, quit).
    mutating func performOnPivot(_ action: Action) -> Reaction {
        let page = max(1, listHeight - 1)
        switch action {
        case .moveUp: return movePivotSelection(to: pivot.row - 1)
        case .moveDown: return movePivotSelection(to: pivot.row + 1)
        case .pageUp: return movePivotSelection(to: pivot.row - page)
        case .pageDown: return movePivotSelection(to: pivot.row + page)
        case .goToStart: return movePivotSelection(to: 0)
        case .goToEnd: return movePivotSelection(to: pivot.rows.count - 1)
        case .scrollLeft, .scrollRight:
            pivot.moveColumn(by: action == .scrollLeft ? -1 : 1)
            return .redraw
        case .open: return openPivotCell()
        case .focusNextPane, .focusPreviousPane: return leavePivot()
        default: return performOnList(action)
        }
    }

    /// A key at the pivot's question before a long list is read: yes reads it, no shows the list again; the list's
    /// keys (filter, help, quit) work too.
    mutating func answerPivotQuestion(_ action: Action) -> Reaction {
        switch action {
        case .acceptQuestion:
            readPivot()
            return .redraw
        case .declineQuestion: return leavePivot()
        default: return performOnList(action)
        }
    }

    /// Selects another row of the pivot.
    mutating func movePivotSelection(to position: Int) -> Reaction {
        let before = (pivot.row, pivot.scroll)
        pivot.select(row: position, height: listHeight)
        return before == (pivot.row, pivot.scroll) ? .none : .redraw
    }

    /// Enter on a cell: opens the cable whose figure gives its number, with the reader at that figure's sentence;
    /// Backspace comes back to the pivot as it was.
    mutating func openPivotCell() -> Reaction {
        guard let row = pivot.selectedRow, let cell = row.cells[pivot.selectedColumn],
            let (id, figure) = cell.givingFigure
        else {
            message = StatusMessage("no figure gives this cell: ← → choose a column with a number")
            return .redraw
        }
        guard let position = try? source.position(of: id) else {
            message = StatusMessage("\(id) is no longer in the list", kind: .warning)
            return .redraw
        }
        list.selected = position
        showSelection()
        let reaction = openSelected()
        let summed = cell.rows.reduce(0) { $0 + $1.figures.count }
        cable?.revealSentence(of: figure, cable: id, total: cell.value, summed: summed)
        return reaction
    }

    /// A click on the pivot selects the row under it, and the column when it falls on one; the wheel scrolls.
    mutating func clickPivot(_ mouse: MouseEvent) -> Reaction {
        guard mouse.kind == .press else {
            return movePivotSelection(to: pivot.row + (mouse.kind == .wheelUp ? -3 : 3))
        }
        let offset = mouse.row - CableListLayout.firstRow
        guard offset >= 0, offset < listHeight, pivot.scroll + offset < pivot.rows.count else { return .none }
        let layout = PivotLayout(width: size.width, rows: pivot.rows)
        if let column = layout.column(at: mouse.column) { pivot.column = column }
        _ = movePivotSelection(to: pivot.scroll + offset)
        return .redraw
    }
}
