import CableModel

/// The library's cable list as a whole screen: title bar, the `Cables` title with the count, column headings (an
/// arrow on the sorted one), one row per cable (classification coloured by level), the preview beside the list on
/// a wide terminal, and the status line; or the help screen over it.
enum CableListScreen {
    /// Paints the list for `library` into `screen`.
    static func draw(_ library: LibraryBrowser, into screen: inout Screen) {
        let size = library.size
        if Layout.isTooSmall(size) {
            TooSmallNotice.draw(size: size, keyMap: library.keyMap, into: &screen)
            return
        }
        let titleBar = Rect(x: 0, y: 0, width: size.width, height: 1)
        screen.fill(titleBar, style: .titleBar)
        screen.write(" " + library.title, column: 0, row: 0, style: CellStyle(.titleBar, .bold))
        let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
        if let help = library.help {
            HelpScreen.draw(
                keyMap: library.keyMap, scroll: help.scroll, in: body, into: &screen,
                leading: library.keyScope)
        } else if library.pivot.shows {
            PivotPane.draw(library, in: body, into: &screen)
        } else {
            let listRect = Rect(x: 0, y: 1, width: library.listWidth, height: body.height)
            PaneTitle.draw("Cables", detail: detail(library), focused: true, in: listRect.top(1), into: &screen)
            let layout = CableListLayout(
                width: listRect.width, rows: library.list.rows, order: library.order,
                displayWidth: screen.displayWidth)
            drawHeadings(layout, order: library.order, in: listRect.droppingTop(1).top(1), into: &screen)
            drawRows(library.list, layout: layout, in: listRect.droppingTop(2), into: &screen)
            if listRect.width < size.width {
                let previewRect = Rect(
                    x: listRect.maxX + 1, y: 1, width: size.width - listRect.maxX - 1, height: body.height)
                CablePreviewPane.draw(library.preview, in: previewRect, into: &screen)
            }
        }
        drawStatus(library, in: Rect(x: 0, y: size.height - 1, width: size.width, height: 1), into: &screen)
    }

    /// `6,594`, or `214 of 6,594 · tag:KTIP` while a filter narrows the list.
    private static func detail(_ library: LibraryBrowser) -> String {
        let count = Count.grouped(library.list.count)
        let shown = library.filterPrompt ?? library.filter
        guard !shown.allSatisfy(\.isWhitespace) else { return count }
        return count + " of " + Count.grouped(library.allCables.count) + " · " + shown
    }

    private static func drawHeadings(
        _ layout: CableListLayout, order: CableListOrder, in rect: Rect, into screen: inout Screen
    ) {
        for place in layout.places {
            let heading = place.column.map { CableListLayout.heading($0, order: order) } ?? CableListLayout.hitsHeading
            let limit = place.column == .subject ? rect.maxX : min(rect.maxX, place.x + place.width + 1)
            screen.writeTruncated(heading, column: place.x, row: rect.y, limit: limit, style: .heading)
        }
    }

    private static func drawRows(
        _ list: CableListState, layout: CableListLayout, in rect: Rect, into screen: inout Screen
    ) {
        for (offset, row) in list.rows.prefix(rect.height).enumerated() {
            let y = rect.y + offset
            let selected = list.scroll + offset == list.selected
            if selected { screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: .selection) }
            for place in layout.places {
                let text = place.column.map { row.text(in: $0) } ?? hits(row, width: place.width)
                let style = selected ? .selection : style(of: place.column, in: row)
                let limit = min(rect.maxX, place.x + place.width)
                screen.writeTruncated(text, column: place.x, row: y, limit: limit, style: style)
            }
        }
    }

    /// A row's hit count, right-aligned.
    private static func hits(_ row: CableListRow, width: Int) -> String {
        let count = row.hits.map(Count.grouped) ?? ""
        return String(repeating: " ", count: max(0, width - count.count)) + count
    }

    /// How a column's text shows: the id bold, the classification coloured by its level.
    private static func style(of column: CableListColumn?, in row: CableListRow) -> CellStyle {
        switch column {
        case .id: return CellStyle(.plain, .bold)
        case .classification:
            return ClassificationLevel(classification: row.classification).map(CellStyle.classification) ?? .plain
        default: return .plain
        }
    }

    private static func drawStatus(_ library: LibraryBrowser, in rect: Rect, into screen: inout Screen) {
        screen.fill(rect, style: .statusBar)
        if let line = library.prompt {
            let end = screen.write(
                line.kind.sigil + line.text, column: rect.x, row: rect.y, limit: rect.maxX, style: .prompt)
            screen.cursor = CellPosition(column: min(end, rect.maxX - 1), row: rect.y)
            if let message = library.message {
                screen.writeTruncated(
                    "  " + message.text, column: end, row: rect.y, limit: rect.maxX, style: .statusWarning)
            }
            return
        }
        var column = rect.x
        if let message = library.message {
            let style: CellStyle = message.kind == .warning ? .statusWarning : .statusMessage
            column = screen.writeTruncated(
                " " + message.text, column: column, row: rect.y, limit: rect.maxX, style: style)
        } else if library.pivot.shows {
            let place = PivotPane.place(library.pivot).map { " " + $0 } ?? ""
            column = screen.writeTruncated(place, column: column, row: rect.y, limit: rect.maxX, style: .statusBar)
        } else if library.list.count > 0 {
            let place = " \(Count.grouped(library.list.selected + 1)) of \(Count.grouped(library.list.count))"
            column = screen.write(place, column: column, row: rect.y, limit: rect.maxX, style: .statusBar)
        } else {
            column = screen.write(" the library holds no cable", column: column, row: rect.y, style: .statusBar)
        }
        StatusLine.drawHints(library.keyMap.hints(for: library.keyScope), from: column + 2, in: rect, into: &screen)
    }
}
