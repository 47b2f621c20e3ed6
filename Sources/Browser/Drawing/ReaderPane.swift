import CableModel

/// The reader: the cable's units one after another, each with a rule line (id, marking, page), its heading in
/// bold and its text wrapped to the pane; matches and references highlighted.
enum ReaderPane {
    /// Blank columns left and right of the text.
    static let padding = 1
    /// The widest the text runs, however wide the pane: longer lines read badly.
    static let maximumTextColumns = 100

    /// The columns the text is wrapped to in a pane's content rectangle.
    static func textColumns(in rect: Rect) -> Int { max(1, min(maximumTextColumns, rect.width - 2 * padding)) }

    static func detail(_ state: BrowserState) -> String {
        guard let unit = state.currentUnit else { return "no text" }
        return [unit.id, PageLabel.text(unit.page, of: state.document.cable.pageCount)].compactMap { $0 }
            .joined(separator: " · ")
    }

    static func draw(_ state: BrowserState, in rect: Rect, into screen: inout Screen) {
        let layout = state.readerLayout
        let top = layout.line(of: state.reader.top)
        let highlights = ReaderHighlights(state: state)
        for row in 0..<rect.height {
            let index = top + row
            guard index < layout.lines.count else { break }
            let line = layout.lines[index]
            let y = rect.y + row
            switch line.part {
            case .rule: drawRule(line.unit, state: state, row: y, in: rect, into: &screen)
            case .gap: break
            case .heading, .text:
                let field: Unit.Field = line.part == .heading ? .heading : .text
                drawText(line, field: field, highlights: highlights, state: state, row: y, in: rect, into: &screen)
            }
        }
    }

    /// `─ 27.E · SBU ────────── page 5 ─`: the current unit's label stands out.
    private static func drawRule(_ unit: Int, state: BrowserState, row: Int, in rect: Rect, into screen: inout Screen) {
        let document = state.document
        let model = document.cable.units[unit]
        let left = rect.x + padding
        let right = left + textColumns(in: rect)
        for column in left..<right { screen.write("─", column: column, row: row, style: .rule) }
        let label = " " + document.texts[unit].name + (model.marking.map { " · " + $0 } ?? "") + " "
        let isCurrent = unit == state.reader.current
        let labelStyle: CellStyle = isCurrent && state.focus == .reader ? .selection : .unitLabel
        let end = screen.write(label, column: left + 1, row: row, limit: right, style: labelStyle)
        if let page = PageLabel.text(model.page, of: document.cable.pageCount) {
            screen.writeRightAligned(" " + page + " ", endingAt: right - 1, row: row, limit: end + 1, style: .rule)
        }
    }

    private static func drawText(
        _ line: ReaderLine, field: Unit.Field, highlights: ReaderHighlights, state: BrowserState, row: Int,
        in rect: Rect,
        into screen: inout Screen
    ) {
        let scalars = state.document.texts[line.unit].scalars(of: field)
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
