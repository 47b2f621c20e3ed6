extension LibraryBrowser {
    /// `s`, `r`, a click on a heading: the source sorts the list in `newOrder`, which shows once it is answered.
    mutating func sort(by newOrder: CableListOrder) -> Reaction {
        order = newOrder
        ask(filter: filter, waitsForPause: false)
        return .redraw
    }

    /// `:` and Enter: selects the cable with the id typed when the list holds it, else says it does not.
    mutating func goToCable(_ typed: String) -> Reaction {
        let id = typed.trimmingSpaces.uppercased()
        guard !id.isEmpty else { return .redraw }
        BrowserState.remember(id, in: &goToHistory)
        do {
            guard let position = try source.position(of: id) else {
                let scope = filter.trimmingSpaces.isEmpty ? "the library" : "this list (filter: \(filter))"
                message = StatusMessage("\(id) is not in \(scope)", kind: .warning)
                return .redraw
            }
            list.selected = position
            showSelection()
        } catch {
            message = StatusMessage(error.message, kind: .warning)
        }
        return .redraw
    }

    /// A click in the list: on a column heading, sorts by that column (again: reverses); on a row, selects it; the
    /// wheel moves the selection.
    mutating func click(_ mouse: MouseEvent) -> Reaction {
        guard mouse.column < listWidth else { return .none }
        guard mouse.kind == .press else {
            return moveSelection(to: list.selected + (mouse.kind == .wheelUp ? -3 : 3))
        }
        let layout = CableListLayout(width: listWidth, rows: list.rows, order: order, displayWidth: displayWidth)
        if mouse.row == CableListLayout.headingRow, let column = layout.column(at: mouse.column) {
            let same = column == order.column
            return sort(by: CableListOrder(column, descending: same ? !order.descending : false))
        }
        let offset = mouse.row - CableListLayout.firstRow
        guard offset >= 0, offset < listHeight, list.scroll + offset < list.count else { return .none }
        return moveSelection(to: list.scroll + offset)
    }
}
