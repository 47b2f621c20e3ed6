extension PaneID {
    /// The outline of the cable's units.
    static let outline = PaneID("outline")
}

/// The outline: one row per unit (fold marker, id, portion marking, heading or first words), sections folding.
enum OutlinePane {
    static func detail(_ outline: OutlineState, document: Document) -> String {
        let count = document.unitCount
        let folded = outline.folded.count
        if !outline.filter.isEmpty {
            return "filter “\(outline.filter)” · \(document.outlineRows(outline).count) of \(count) units"
        }
        return Count.of(count, "unit") + (folded > 0 ? " · \(folded) folded" : "")
    }

    /// Paints the rows of `outline`, the row of the unit being read (`current`) selected.
    static func draw(
        _ outline: OutlineState, current: Int, context: PaneContext, in rect: Rect, into screen: inout Screen
    ) {
        let document = context.document
        let rows = document.outlineRows(outline)
        let selected =
            outline.filter.isEmpty ? document.tree.visibleAncestor(of: current, folded: outline.folded) : current
        let idWidth = rows.map { 2 * document.tree.depth(of: $0) + document.cable.units[$0].id.count }.max() ?? 0
        // NB: a narrow outline keeps its few columns for the headings.
        let markingWidth = rect.width < 30 ? 0 : rows.map { document.cable.units[$0].marking?.count ?? 0 }.max() ?? 0
        for row in 0..<rect.height {
            let position = outline.scroll + row
            guard position < rows.count else { break }
            let unit = rows[position]
            let y = rect.y + row
            let rowStyle: CellStyle
            if unit == selected {
                rowStyle = context.selectionStyle
                screen.fill(rect.row(row), style: rowStyle)
            } else {
                rowStyle = .plain
            }
            let line = OutlineRowText(
                unit: unit, document: document, folded: outline.folded, idWidth: idWidth, markingWidth: markingWidth)
            var column = screen.write(line.prefix, column: rect.x, row: y, limit: rect.maxX, style: rowStyle)
            column = screen.write(
                line.marking, column: column, row: y, limit: rect.maxX, style: unit == selected ? rowStyle : .muted)
            let summaryStart = column
            column = screen.writeTruncated(
                document.texts[unit].summary, column: column, row: y, limit: rect.maxX, style: rowStyle)
            OutlineHighlights.draw(
                context, unit: unit, from: summaryStart, row: y, limit: rect.maxX, into: &screen)
        }
    }
}

/// The fixed-width start of an outline row: indent, fold marker, id and marking, padded into columns.
struct OutlineRowText {
    let prefix: String
    let marking: String

    init(unit: Int, document: Document, folded: Set<Int>, idWidth: Int, markingWidth: Int) {
        let depth = document.tree.depth(of: unit)
        let marker: String
        if document.tree.isFoldable(unit) {
            marker = folded.contains(unit) ? "▸" : "▾"
        } else {
            marker = " "
        }
        let id = document.cable.units[unit].id
        let indent = String(repeating: " ", count: 2 * depth)
        let idColumn = indent + id + String(repeating: " ", count: max(0, idWidth - indent.count - id.count))
        prefix = marker + " " + idColumn + " "
        let text = document.cable.units[unit].marking ?? ""
        marking = markingWidth == 0 ? "" : text + String(repeating: " ", count: markingWidth - text.count + 1)
    }
}
