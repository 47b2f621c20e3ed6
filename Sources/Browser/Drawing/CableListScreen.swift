/// The library's cable list as a whole screen: title bar, the `Cables` title with the count, column headings, one
/// row per cable (classification coloured by level), and the status line; or the help screen over it.
enum CableListScreen {
    /// The columns before the subject, which takes the rest of the row: heading and width.
    static let columns: [(heading: String, width: Int)] = [
        ("Date", 10), ("Id", 17), ("Origin", 14), ("Classification", 14),
    ]

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
                keyMap: library.keyMap, scroll: help.scroll, in: body, into: &screen, leading: .cableList)
        } else {
            PaneTitle.draw("Cables", detail: detail(library), focused: true, in: body.top(1), into: &screen)
            drawHeadings(in: body.droppingTop(1).top(1), into: &screen)
            drawRows(library.list, in: body.droppingTop(2), into: &screen)
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

    private static func drawHeadings(in rect: Rect, into screen: inout Screen) {
        var column = rect.x + 1
        for (heading, width) in columns {
            screen.writeTruncated(heading, column: column, row: rect.y, limit: column + width, style: .heading)
            column += width + 2
        }
        screen.write("Subject", column: column, row: rect.y, limit: rect.maxX, style: .heading)
    }

    private static func drawRows(_ list: CableListState, in rect: Rect, into screen: inout Screen) {
        for (offset, row) in list.rows.prefix(rect.height).enumerated() {
            let y = rect.y + offset
            let selected = list.scroll + offset == list.selected
            if selected { screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: .selection) }
            let level = ClassificationLevel(row.classification)
            let classStyle = selected ? .selection : (level == .unknown ? .plain : level.style)
            let cells: [(String, CellStyle)] = [
                (row.date, .plain), (row.id, CellStyle(.plain, .bold)), (row.origin, .plain),
                (row.classification, classStyle),
            ]
            var column = rect.x + 1
            for ((text, style), (_, width)) in zip(cells, columns) {
                let limit = min(rect.maxX, column + width)
                screen.writeTruncated(text, column: column, row: y, limit: limit, style: selected ? .selection : style)
                column += width + 2
            }
            screen.writeTruncated(
                row.subject, column: column, row: y, limit: rect.maxX, style: selected ? .selection : .plain)
        }
    }

    private static func drawStatus(_ library: LibraryBrowser, in rect: Rect, into screen: inout Screen) {
        screen.fill(rect, style: .statusBar)
        if let typed = library.filterPrompt {
            let end = screen.write("filter: " + typed, column: rect.x, row: rect.y, limit: rect.maxX, style: .prompt)
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
        } else if library.list.count > 0 {
            let place = " \(Count.grouped(library.list.selected + 1)) of \(Count.grouped(library.list.count))"
            column = screen.write(place, column: column, row: rect.y, limit: rect.maxX, style: .statusBar)
        } else {
            column = screen.write(" the library holds no cable", column: column, row: rect.y, style: .statusBar)
        }
        StatusLine.drawHints(library.keyMap.hints(for: .cableList), from: column + 2, in: rect, into: &screen)
    }
}
