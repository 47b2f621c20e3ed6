/// A line of the body with its page, page-break text removed.
struct BodyLine {
    /// The line's text.
    var text: ByteText
    /// The page the line starts on, where the cable's pages are known.
    var page: Int?
    /// Where the line starts in the file's text (a byte offset), for showing a unit's original lines.
    var start: Int

    /// Whether the line holds only spaces and tabs.
    var isBlank: Bool { text.isBlankLine }
}

/// The body's lines with page-break lines and inline page-break text removed, and what they said about pages.
struct PagedLines {
    var lines: [BodyLine] = []
    /// The `OF N` totals met.
    var totals: [Int] = []
    /// The highest page number met.
    var lastPage = 1

    /// Removes page breaks from `raw`, numbering pages from 1.
    init(_ raw: ArraySlice<ByteText>, postWords: [String]) {
        var page = 1
        lines.reserveCapacity(raw.count)
        for line in raw {
            let breaks = PageBreak.find(in: line, postWords: postWords)
            guard !breaks.isEmpty else {
                lines.append(BodyLine(text: line, page: page, start: line.startIndex))
                continue
            }
            let startPage = page
            var kept: [UInt8] = []
            var cursor = line.startIndex
            for found in breaks {
                kept += line[cursor..<found.range.lowerBound]
                cursor = found.range.upperBound
                page = found.page
                totals.append(found.total)
                lastPage = max(lastPage, found.page)
            }
            kept += line[cursor...]
            let text = kept[...]
            if !text.isBlankLine { lines.append(BodyLine(text: text, page: startPage, start: line.startIndex)) }
        }
    }
}
