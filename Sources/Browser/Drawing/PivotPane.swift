import CableModel

/// The pivot pane of the library's list, in place of the list: country by year with the numbers investigated,
/// prosecuted, convicted and the victims identified over the listed cables, the trend of the selected count over
/// each country's years, the cables each row comes from, and the reading's progress in the title.
enum PivotPane {
    /// Paints the pane for `library` into `rect`.
    static func draw(_ library: LibraryBrowser, in rect: Rect, into screen: inout Screen) {
        let pivot = library.pivot
        PaneTitle.draw("Pivot", detail: detail(library), focused: true, in: rect.top(1), into: &screen)
        let layout = PivotLayout(width: rect.width, rows: pivot.rows)
        drawHeadings(layout, pivot: pivot, row: rect.y + 1, limit: rect.maxX, into: &screen)
        let body = rect.droppingTop(2)
        guard !pivot.rows.isEmpty, pivot.question == nil else {
            let style: CellStyle = pivot.question == nil ? .muted : CellStyle(.plain, .bold)
            screen.writeTruncated(
                " " + notice(library), column: body.x, row: body.y, limit: body.maxX, style: style)
            return
        }
        for (offset, row) in pivot.rows.dropFirst(pivot.scroll).prefix(body.height).enumerated() {
            let line = Rect(x: body.x, y: body.y + offset, width: body.width, height: 1)
            drawRow(
                row, selected: pivot.scroll + offset == pivot.row, pivot: pivot, layout: layout, in: line,
                into: &screen)
        }
    }

    /// `country by year · 14 cables · tag:KTIP`, with the reading under way first: `reading 120 of 340 cables`.
    static func detail(_ library: LibraryBrowser) -> String {
        var parts: [String] = []
        if let (_, count) = library.pivot.question {
            parts.append("\(cables(count)) not read")
        } else if let (_, progress) = library.pivot.reading {
            parts.append("reading \(Count.grouped(progress.read)) of \(cables(progress.total))")
        } else if let answer = library.pivot.answer {
            parts.append("country by year of \(cables(library.list.count))")
            if !answer.filter.allSatisfy(\.isWhitespace) { parts.append(answer.filter.trimmingSpaces) }
        }
        return parts.joined(separator: " · ")
    }

    /// `1 cable`, `1,295 cables`.
    private static func cables(_ count: Int) -> String {
        Count.of(count, "cable")
    }

    /// What the pane says without rows, or before it reads a long list.
    private static func notice(_ library: LibraryBrowser) -> String {
        let pivot = library.pivot
        let keys = library.keyMap
        if let (_, count) = pivot.question {
            let yes = keys.label(of: .acceptQuestion, in: .pivotQuestion)
            let no = keys.label(of: .declineQuestion, in: .pivotQuestion)
            return "Read the figures of \(cables(count))? (takes a while)  \(yes) / \(no)"
        }
        guard pivot.answer == nil else {
            return "no listed cable gives a country and a year for these counts: filter another list (tag:KTIP)"
        }
        let back = keys.label(of: .focusNextPane, in: .cablePivot)
        return "reading the listed cables… (\(back) stops and shows the list)"
    }

    private static func drawHeadings(
        _ layout: PivotLayout, pivot: LibraryPivot, row y: Int, limit: Int, into screen: inout Screen
    ) {
        screen.write("Country", column: layout.country.x, row: y, limit: limit, style: .heading)
        screen.write("Year", column: layout.year.x, row: y, limit: limit, style: .heading)
        for (index, place) in layout.counts.enumerated() {
            var style = CellStyle.heading
            if index == pivot.column { style.attributes.insert(.underline) }
            screen.writeRightAligned(
                layout.countHeadings[index], endingAt: min(limit, place.x + place.width), row: y, style: style)
        }
        if let trend = layout.trend {
            screen.write("Trend", column: trend.x, row: y, limit: limit, style: .heading)
        }
        if let cables = layout.cables {
            screen.write("Cables", column: cables.x, row: y, limit: limit, style: .heading)
        }
    }

    private static func drawRow(
        _ row: ReportPivot.Row, selected: Bool, pivot: LibraryPivot, layout: PivotLayout, in line: Rect,
        into screen: inout Screen
    ) {
        if selected { screen.fill(line, style: .selection) }
        let base: CellStyle = selected ? .selection : .plain
        let country = row.country ?? PivotLayout.unknownCountry
        screen.writeTruncated(
            country, column: layout.country.x, row: line.y, limit: layout.country.x + layout.country.width,
            style: selected ? base : CellStyle(.plain, .bold))
        screen.write(String(row.year), column: layout.year.x, row: line.y, limit: line.maxX, style: base)
        for (index, column) in ReportPivot.Column.allCases.enumerated() {
            guard let cell = row.cells[column] else { continue }
            var style = base
            if selected && index == pivot.column { style.attributes.formUnion([.bold, .underline]) }
            let place = layout.counts[index]
            screen.writeRightAligned(
                PivotLayout.text(of: cell.value), endingAt: min(line.maxX, place.x + place.width), row: line.y,
                style: style)
        }
        drawTrend(row, pivot: pivot, layout: layout, in: line, base: base, into: &screen)
        if let cables = layout.cables {
            screen.writeTruncated(
                row.cables.joined(separator: " "), column: cables.x, row: line.y, limit: cables.x + cables.width,
                style: selected ? base : .muted)
        }
    }

    /// The row's chart of the selected count over its country's years, its own year's block bold.
    private static func drawTrend(
        _ row: ReportPivot.Row, pivot: LibraryPivot, layout: PivotLayout, in line: Rect, base: CellStyle,
        into screen: inout Screen
    ) {
        guard let place = layout.trend,
            let (chart, own) = PivotTrend.chart(of: row, among: pivot.rows, column: pivot.selectedColumn)
        else { return }
        for (offset, block) in chart.unicodeScalars.enumerated() where offset < place.width {
            var style = offset == own ? base : (base == .selection ? base : CellStyle.muted)
            if offset == own { style.attributes.insert(.bold) }
            screen.write(String(block), column: place.x + offset, row: line.y, limit: line.maxX, style: style)
        }
    }

    /// Where the selection stands, for the status line: `Iceland 2008 · Convicted 3 · 08REYKJAVIK36 ¶5`.
    static func place(_ pivot: LibraryPivot) -> String? {
        guard pivot.question == nil, let row = pivot.selectedRow else { return nil }
        let heading = PivotLayout.headings[pivot.column]
        var text = "\(row.country ?? PivotLayout.unknownCountry) \(row.year) · \(heading)"
        guard let cell = row.cells[pivot.selectedColumn] else { return text + " —" }
        text += " " + PivotLayout.text(of: cell.value)
        if let (cable, figure) = cell.givingFigure { text += " · \(cable) ¶\(figure.unitID)" }
        return text
    }
}
