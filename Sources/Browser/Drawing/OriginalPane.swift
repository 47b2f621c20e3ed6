/// The reader's other face (`v`): the file's own lines as they are, page-break lines, hard wraps and routing
/// included, cut with `…` where wider than the pane; control characters drawn as visible escapes.
enum OriginalPane {
    /// `original · line 120/812`.
    static func detail(_ original: OriginalText, top: Int) -> String {
        "original · line \(min(top + 1, original.lines.count))/\(original.lines.count)"
    }

    /// Paints the lines from `top`.
    static func draw(_ original: OriginalText, top: Int, in rect: Rect, into screen: inout Screen) {
        let left = rect.x + ReaderPane.padding
        for row in 0..<rect.height {
            let index = top + row
            guard index < original.lines.count else { break }
            let text = String(decoding: original.lines[index], as: UTF8.self)
            screen.writeTruncated(text, column: left, row: rect.y + row, limit: rect.maxX, style: .plain)
        }
    }
}
