import CableModel

extension PaneID {
    /// The reader of the whole cable.
    static let reader = PaneID("reader")
}

/// The reader: the cable's units one after another, each with a rule line (id, marking, page), its heading in
/// bold and its text wrapped to the pane; matches and references highlighted.
enum ReaderPane {
    /// Blank columns left and right of the text.
    static let padding = 1
    /// The widest the text runs, however wide the pane: longer lines read badly.
    static let maximumTextColumns = 100

    /// The columns the text is wrapped to in a pane's content rectangle.
    static func textColumns(in rect: Rect) -> Int { max(1, min(maximumTextColumns, rect.width - 2 * padding)) }

    static func detail(_ reader: ReaderState, document: Document) -> String {
        let units = document.cable.units
        guard units.indices.contains(reader.current) else { return "no text" }
        let unit = units[reader.current]
        return [unit.id, PageLabel.text(unit.page, of: document.cable.pageCount)].compactMap { $0 }
            .joined(separator: " · ")
    }

    /// Paints the lines of `layout` from the reader's top line, with the search and `cursor` highlighted.
    static func draw(
        _ reader: ReaderState, cursor: ReaderCursor?, layout: ReaderLayout, context: PaneContext, in rect: Rect,
        into screen: inout Screen
    ) {
        let top = layout.line(of: reader.top)
        let highlights = ReaderHighlights(context: context, cursor: cursor)
        for row in 0..<rect.height {
            let index = top + row
            guard index < layout.lines.count else { break }
            let line = layout.lines[index]
            let y = rect.y + row
            switch line.part {
            case .rule:
                let isCurrent = line.unit == reader.current && context.focused
                drawRule(line.unit, isCurrent: isCurrent, document: context.document, row: y, in: rect, into: &screen)
            case .gap: break
            case .heading, .text:
                let field: Unit.Field = line.part == .heading ? .heading : .text
                drawText(
                    line, field: field, highlights: highlights, document: context.document, row: y, in: rect,
                    into: &screen)
            }
        }
        drawCursorMarker(cursor, layout: layout, top: top, in: rect, into: &screen)
    }

    /// `▸` in the gutter beside the line where the cursor stands, so that the eye finds what Enter and n act on.
    private static func drawCursorMarker(
        _ cursor: ReaderCursor?, layout: ReaderLayout, top: Int, in rect: Rect, into screen: inout Screen
    ) {
        guard let cursor, padding > 0 else { return }
        let line = layout.line(of: cursor.span.unit, field: cursor.span.field, offset: cursor.span.range.lowerBound)
        guard line >= top, line < top + rect.height else { return }
        screen.write("▸", column: rect.x, row: rect.y + line - top, limit: rect.x + padding, style: .currentHit)
    }

    /// `─ 27.E · SBU ────────── page 5 ─`: the current unit's label stands out.
    private static func drawRule(
        _ unit: Int, isCurrent: Bool, document: Document, row: Int, in rect: Rect, into screen: inout Screen
    ) {
        let model = document.cable.units[unit]
        let left = rect.x + padding
        let right = left + textColumns(in: rect)
        for column in left..<right { screen.write("─", column: column, row: row, style: .rule) }
        let label = " " + document.texts[unit].name + (model.marking.map { " · " + $0 } ?? "") + " "
        let labelStyle: CellStyle = isCurrent ? .selection : .unitLabel
        let end = screen.write(label, column: left + 1, row: row, limit: right, style: labelStyle)
        if let page = PageLabel.text(model.page, of: document.cable.pageCount) {
            screen.writeRightAligned(" " + page + " ", endingAt: right - 1, row: row, limit: end + 1, style: .rule)
        }
    }

    private static func drawText(
        _ line: ReaderLine, field: Unit.Field, highlights: ReaderHighlights, document: Document, row: Int,
        in rect: Rect,
        into screen: inout Screen
    ) {
        let scalars = document.texts[line.unit].scalars(of: field)
        let base: CellStyle = field == .heading ? .heading : .plain
        let spans = highlights.spans(unit: line.unit, field: field, overlapping: line.range)
        var column = rect.x + padding
        let end = column + textColumns(in: rect)
        for offset in line.range {
            guard column < end else { break }
            var style = base
            for span in spans where span.range.contains(offset) { style = span.style }
            column = screen.write(scalars[offset], column: column, row: row, end: end, style: style)
        }
    }
}

/// `page 5/12`, `page 5`, or nothing when the unit's page is unknown.
enum PageLabel {
    static func text(_ page: Int?, of count: Int?) -> String? {
        guard let page else { return nil }
        return "page \(page)" + (count.map { "/\($0)" } ?? "")
    }
}
