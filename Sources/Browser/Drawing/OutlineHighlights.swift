import CableModel

/// Search matches on an outline row: the matched words of the heading lit, and the unit's match count at the
/// row's end.
enum OutlineHighlights {
    static func draw(
        _ context: PaneContext, unit: Int, from column: Int, row: Int, limit: Int, into screen: inout Screen
    ) {
        let matches = context.search.matches.spans(ofUnit: unit)
        guard !matches.isEmpty else { return }
        let text = context.document.texts[unit]
        let field: Unit.Field = text.heading.isEmpty ? .text : .heading
        let width = screen.displayWidth
        for match in matches where match.field == field && match.range.upperBound <= text.summary.count {
            let start = column + width.width(of: text.summary[0..<match.range.lowerBound])
            let end = column + width.width(of: text.summary[0..<match.range.upperBound])
            guard start < limit else { continue }
            screen.restyle(Rect(x: start, y: row, width: min(end, limit) - start, height: 1)) { $0 = .searchHit }
        }
        screen.writeRightAligned(" \(matches.count) ", endingAt: limit, row: row, limit: column, style: .searchHit)
    }
}
