/// A line of the body with its page, page-break text removed.
struct BodyLine {
    /// The line's text.
    var text: ByteText
    /// The page the line starts on, where the cable's pages are known.
    var page: Int?
    /// Where the line starts in the file's text (a byte offset), for showing a unit's original lines.
    var start: Int
    /// Whether a marker found inside a line was cut onto this one: it opens a block whatever the line before.
    var opensBlock = false
    /// Whether the line is an entry of a table of contents (`ContentsList`): its number opens no block.
    var isContentsEntry = false

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
    /// Whether a section's repeated header was just dropped.
    private var afterSectionHeader = false

    /// Removes page breaks from `raw`, numbering pages from 1; `subject` is the header's, which a section's
    /// repeated header may bring back after its page header.
    init(_ raw: ArraySlice<ByteText>, postWords: [String], subject: String? = nil) {
        var page = 1
        lines.reserveCapacity(raw.count)
        var index = raw.startIndex
        while index < raw.endIndex {
            let line = raw[index]
            index += 1
            if let older = OlderPageHeader.find(in: line) {
                index = takeOlder(older, in: raw, at: index - 1, page: &page, subject: subject)
                continue
            }
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

    /// An older page header at `index`: the page's classification on the line before goes, the text around the
    /// header stays, and a section's repeated envelope and header (from its `PAGE 01` to its next page header)
    /// go. Returns the index of the next line to read.
    private mutating func takeOlder(
        _ older: (range: Range<Int>, page: Int), in raw: ArraySlice<ByteText>, at index: Int, page: inout Int,
        subject: String?
    ) -> Int {
        if var last = lines.popLast() {
            last.text = last.text[..<OlderPageHeader.classificationStart(last.text, before: last.text.endIndex)]
            if !last.text.isBlankLine { lines.append(last) }
        }
        page += 1
        lastPage = max(lastPage, page)
        let line = raw[index]
        if older.page == 1, let next = raw[(index + 1)...].firstIndex(where: { OlderPageHeader.find(in: $0) != nil }),
            raw[(index + 1)..<next].contains(where: { ClassificationLine($0.string)?.sectionCount != nil })
        {
            afterSectionHeader = true
            return next
        }
        let text =
            (Array(line[..<older.range.lowerBound].trimmedTrailing) + [ASCII.space]
            + Array(line[older.range.upperBound...]))[...].trimmed
        // NB: the repeated header's subject may wrap past the next page header (`PAGE 02 ... OPPOSITION LEADER`).
        let repeatsSubject = afterSectionHeader && subject.map { $0.hasSuffix(text.string) } == true
        afterSectionHeader = false
        if !text.isBlankLine, !repeatsSubject { lines.append(BodyLine(text: text, page: page, start: line.startIndex)) }
        return index + 1
    }
}
