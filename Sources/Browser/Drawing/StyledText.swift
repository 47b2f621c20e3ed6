extension Screen {
    /// Writes scalars from `column`, drawing the stretches in `ranges` in `highlight`; returns the column after.
    @discardableResult
    mutating func write(
        _ scalars: ArraySlice<Unicode.Scalar>, column: Int, row: Int, limit: Int, style: CellStyle,
        highlighting ranges: [Range<Int>], with highlight: CellStyle
    ) -> Int {
        guard !ranges.isEmpty else { return write(scalars, column: column, row: row, limit: limit, style: style) }
        let end = Swift.min(limit, size.width)
        var x = column
        for offset in scalars.indices {
            guard x < end, row >= 0, row < size.height else { break }
            let lit = ranges.contains { $0.contains(offset) }
            x = write(scalars[offset], column: x, row: row, end: end, style: lit ? highlight : style)
        }
        return x
    }

    /// How many of the scalars fit in `width` columns.
    func prefixLength(of scalars: [Unicode.Scalar], fitting width: Int) -> Int {
        var used = 0
        for (position, scalar) in scalars.enumerated() {
            used += displayWidth.glyph(for: scalar).width
            if used > width { return position }
        }
        return scalars.count
    }

    /// Writes text truncated with `…` to `width` columns, left- or right-aligned, with query words lit.
    mutating func writeCell(
        _ text: String, column: Int, row: Int, width: Int, rightAligned: Bool, style: CellStyle,
        highlighter: QueryHighlighter?
    ) {
        guard width > 0 else { return }
        var scalars = Array(text.unicodeScalars)
        if prefixLength(of: scalars, fitting: width) < scalars.count {
            scalars.removeSubrange(prefixLength(of: scalars, fitting: width - 1)...)
            scalars.append("…")
        }
        let used = displayWidth.width(of: scalars)
        let start = rightAligned ? column + width - used : column
        let ranges = highlighter?.ranges(in: scalars) ?? []
        write(
            scalars[...], column: start, row: row, limit: column + width, style: style, highlighting: ranges,
            with: .searchHit)
    }
}
