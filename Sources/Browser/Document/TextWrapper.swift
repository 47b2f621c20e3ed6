/// Breaks text into lines that fit a width, at spaces where it can and inside a word where it must.
enum TextWrapper {
    /// The lines of `text` at `width` columns, as ranges of scalar offsets. A line break in the text ends a line;
    /// two of them leave an empty line. Spaces at a break are left out of both lines.
    static func wrap(_ text: [Unicode.Scalar], width: Int, displayWidth: DisplayWidth) -> [Range<Int>] {
        let width = max(1, width)
        var lines: [Range<Int>] = []
        var lineStart = 0
        var column = 0
        var breakStart: Int?
        var resume = 0
        var columnsSinceBreak = 0
        var index = 0
        while index < text.count {
            let scalar = text[index]
            if scalar == "\n" {
                lines.append(lineStart..<trimmedEnd(text, lineStart, index))
                index += 1
                lineStart = index
                column = 0
                breakStart = nil
                continue
            }
            let columns = displayWidth.glyph(for: scalar).width
            if scalar == " " {
                if index == lineStart || text[index - 1] != " " { breakStart = index }
                resume = index + 1
                column += columns
                columnsSinceBreak = 0
                index += 1
                continue
            }
            if column + columns > width, column > 0 {
                if let start = breakStart, start > lineStart {
                    lines.append(lineStart..<start)
                    lineStart = resume
                    column = columnsSinceBreak
                } else {
                    lines.append(lineStart..<index)
                    lineStart = index
                    column = 0
                    columnsSinceBreak = 0
                }
                breakStart = nil
            }
            column += columns
            columnsSinceBreak += columns
            index += 1
        }
        lines.append(lineStart..<trimmedEnd(text, lineStart, text.count))
        return lines
    }

    private static func trimmedEnd(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start, text[end - 1] == " " { end -= 1 }
        return end
    }
}
