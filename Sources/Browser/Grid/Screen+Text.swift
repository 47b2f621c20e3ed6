extension Screen {
    /// Writes `text` on one row from `column`, stopping before `limit` (a column) and the grid's edge.
    ///
    /// Returns the column after the last cell written. A double-width character that would straddle the limit is
    /// replaced by a blank; control and invisible characters appear as escapes in the `controlEscape` role.
    @discardableResult
    public mutating func write(
        _ text: some Sequence<Unicode.Scalar>, column: Int, row: Int, limit: Int? = nil, style: CellStyle
    ) -> Int {
        guard row >= 0, row < size.height else { return column }
        let end = Swift.min(limit ?? size.width, size.width)
        var x = Swift.max(column, 0)
        for scalar in text {
            if x >= end { break }
            x = write(scalar, column: x, row: row, end: end, style: style)
        }
        return x
    }

    /// Writes a string; see `write(_:column:row:limit:style:)`.
    @discardableResult
    public mutating func write(_ text: String, column: Int, row: Int, limit: Int? = nil, style: CellStyle) -> Int {
        write(text.unicodeScalars, column: column, row: row, limit: limit, style: style)
    }

    /// Writes one scalar at `column` and returns the column after it.
    @inline(__always)
    mutating func write(_ scalar: Unicode.Scalar, column x: Int, row: Int, end: Int, style: CellStyle) -> Int {
        switch displayWidth.glyph(for: scalar) {
        case .character(width: 1):
            set(Cell(scalar, style: style), column: x, row: row)
            return x + 1
        case .character:
            guard x + 2 <= end else {
                set(Cell(" ", style: style), column: x, row: row)
                return end
            }
            set(Cell(scalar, style: style), column: x, row: row)
            set(Cell(Cell.continuationScalar, style: style), column: x + 1, row: row)
            return x + 2
        case .mark:
            if x > 0 {
                addMark(scalar, column: cells[row * size.width + x - 1].isContinuation ? x - 2 : x - 1, row: row)
            }
            return x
        case .blank:
            set(Cell(" ", style: style), column: x, row: row)
            return x + 1
        case .escape(let text):
            var position = x
            let escapeStyle = CellStyle(.controlEscape, style.attributes.union(.reverse))
            for character in text.unicodeScalars where position < end {
                set(Cell(character, style: escapeStyle), column: position, row: row)
                position += 1
            }
            return position
        }
    }

    /// Writes `text` so that it ends at `column` (exclusive), not left of `limit`; returns where it starts.
    @discardableResult
    public mutating func writeRightAligned(
        _ text: String, endingAt column: Int, row: Int, limit: Int = 0, style: CellStyle
    )
        -> Int
    {
        let width = displayWidth.width(of: text)
        let start = Swift.max(limit, column - width)
        write(text, column: start, row: row, limit: column, style: style)
        return start
    }

    /// The grid as plain text, one line per row, trailing blanks removed (for snapshots and tests).
    public var plainText: String {
        (0..<size.height).map { text(ofRow: $0) }.joined(separator: "\n") + "\n"
    }

    /// The text of one row, trailing blanks removed.
    public func text(ofRow row: Int) -> String {
        var line = String.UnicodeScalarView()
        for cell in self.row(row) where !cell.isContinuation {
            line.append(cell.scalar)
            if let mark = cell.mark { line.append(mark) }
        }
        var text = String(line)
        while text.last == " " { text.removeLast() }
        return text
    }
}

extension Screen {
    /// Writes `text` within `limit`, ending with `…` when it does not fit; returns the column after it.
    @discardableResult
    public mutating func writeTruncated(_ text: String, column: Int, row: Int, limit: Int, style: CellStyle) -> Int {
        writeTruncated(text.unicodeScalars, column: column, row: row, limit: limit, style: style)
    }

    /// Writes scalars within `limit`, ending with `…` when they do not fit; returns the column after them.
    @discardableResult
    public mutating func writeTruncated(
        _ text: some Collection<Unicode.Scalar>, column: Int, row: Int, limit: Int, style: CellStyle
    ) -> Int {
        let available = limit - column
        guard available > 0 else { return column }
        if displayWidth.width(of: text) <= available {
            return write(text, column: column, row: row, limit: limit, style: style)
        }
        let end = write(text, column: column, row: row, limit: limit - 1, style: style)
        return write("…", column: end, row: row, limit: limit, style: style)
    }
}
