extension PaneID {
    /// The index of statutes, references, names and terms.
    static let index = PaneID("index")
}

/// The index pane: groups of entries (statutes, cross-references, cables, names, glossary) with their mention
/// counts; an opened entry lists its mentions, each with its unit and the words around it.
enum IndexPane {
    /// The rows above an entry's mentions: the entry's title.
    static let mentionHeaderRows = 1

    /// The list rows shown at once in a content rectangle.
    static func listRows(in rect: Rect, mentions: Bool) -> Int {
        max(1, rect.height - (mentions ? mentionHeaderRows : 0))
    }

    static func detail(_ index: IndexState, document: Document) -> String {
        if let entry = openEntry(of: index, in: document) {
            return entry.title + " · " + Count.of(entry.mentions.count, "mention")
        }
        let groups = document.findings.indexGroups
        guard !index.entries.filter.isEmpty else {
            return groups.map { "\($0.title) \($0.entries.count)" }.joined(separator: " · ")
        }
        let listed = document.indexRows(matching: index.entries.filter).count { document.indexEntry($0) != nil }
        let all = groups.reduce(0) { $0 + $1.entries.count }
        return "filter “\(index.entries.filter)” · \(listed) of \(all) entries"
    }

    /// The entry whose mentions `index` lists, among the rows its filter lists.
    static func openEntry(of index: IndexState, in document: Document) -> IndexEntry? {
        let rows = document.indexRows(matching: index.entries.filter)
        guard let row = index.openEntry, rows.indices.contains(row) else { return nil }
        return document.indexEntry(rows[row])
    }

    /// Paints the entry list, or the mentions of the entry `index` has open.
    static func draw(_ index: IndexState, context: PaneContext, in rect: Rect, into screen: inout Screen) {
        if let entry = openEntry(of: index, in: context.document) {
            drawMentions(of: entry, list: index.mentions, context: context, in: rect, into: &screen)
        } else if context.document.indexRows(matching: index.entries.filter).isEmpty {
            let filter = index.entries.filter
            let notice = filter.isEmpty ? " Nothing indexed in this cable." : " No entry holds “\(filter)”."
            screen.write(notice, column: rect.x, row: rect.y, limit: rect.maxX, style: .muted)
        } else {
            drawEntries(index.entries, context: context, in: rect, into: &screen)
        }
    }

    private static func drawEntries(
        _ list: TableState, context: PaneContext, in rect: Rect, into screen: inout Screen
    ) {
        let rows = context.document.indexRows(matching: list.filter)
        let groups = context.document.findings.indexGroups
        let highlighter = context.highlighter
        for line in 0..<rect.height {
            let position = list.scroll + line
            guard position < rows.count else { break }
            let y = rect.y + line
            switch rows[position] {
            case .heading(let group):
                let count = list.filter.isEmpty ? groups[group].entries.count : rows.count { $0.group == group } - 1
                let title = " \(groups[group].title)" + (count == 0 ? ": none in this cable" : " (\(count))")
                screen.write(title, column: rect.x, row: y, limit: rect.maxX, style: .heading)
            case .entry(let group, let number):
                let entry = groups[group].entries[number]
                let selected = position == list.selection
                let style: CellStyle = selected ? context.selectionStyle : .plain
                if selected { screen.fill(rect.row(line), style: style) }
                let count = entry.kind.isCitingCable ? " " : " \(entry.mentions.count) "
                let countStart = rect.maxX - screen.displayWidth.width(of: count)
                let titleScalars = Array(("   " + entry.title).unicodeScalars)
                var column = screen.write(
                    titleScalars[...], column: rect.x, row: y, limit: countStart, style: style,
                    highlighting: highlighter?.ranges(in: titleScalars) ?? [], with: .searchHit)
                if !entry.detail.isEmpty {
                    column = screen.writeTruncated(
                        "  " + entry.detail, column: column, row: y, limit: countStart,
                        style: selected ? style : .muted)
                }
                screen.write(count, column: countStart, row: y, limit: rect.maxX, style: selected ? style : .muted)
            }
        }
    }

    private static func drawMentions(
        of entry: IndexEntry, list mentions: TableState, context: PaneContext, in rect: Rect, into screen: inout Screen
    ) {
        let document = context.document
        screen.writeTruncated(
            " ← " + entry.title + (entry.detail.isEmpty ? "" : "  " + entry.detail), column: rect.x, row: rect.y,
            limit: rect.maxX, style: .heading)
        let list = rect.droppingTop(mentionHeaderRows)
        let idWidth = min(8, (entry.mentions.map { document.cable.units[$0.unit].id.count }.max() ?? 0) + 2)
        for line in 0..<list.height {
            let position = mentions.scroll + line
            guard position < entry.mentions.count else { break }
            let span = entry.mentions[position]
            let y = list.y + line
            let selected = position == mentions.selection
            let style: CellStyle = selected ? context.selectionStyle : .plain
            if selected { screen.fill(list.row(line), style: style) }
            screen.write(
                " " + document.cable.units[span.unit].id, column: list.x, row: y, limit: list.maxX, style: style)
            let start = list.x + 1 + idWidth
            let context = MentionContext(
                span: span, scalars: document.texts[span.unit].scalars(of: span.field),
                width: list.maxX - start - 1)
            screen.write(
                context.scalars[...], column: start, row: y, limit: list.maxX - 1, style: style,
                highlighting: [context.highlight], with: selected ? .currentHit : .statute)
        }
    }
}

/// One line of words around a mention, its line breaks made spaces, `…` where cut, with the mention's place.
struct MentionContext {
    let scalars: [Unicode.Scalar]
    let highlight: Range<Int>

    init(span: FieldSpan, scalars text: [Unicode.Scalar], width: Int) {
        let width = max(10, width)
        let lead = max(4, (width - span.range.count) / 3)
        let start = max(0, span.range.lowerBound - lead)
        let end = min(text.count, start + width - (start > 0 ? 1 : 0))
        var line = text[start..<max(start, end)].map { $0 == "\n" ? " " : $0 }
        var offset = -start
        if start > 0 {
            line.insert("…", at: 0)
            offset += 1
        }
        if end < text.count, !line.isEmpty { line[line.count - 1] = "…" }
        scalars = line
        let lower = max(0, span.range.lowerBound + offset)
        highlight = lower..<max(lower, min(line.count, span.range.upperBound + offset))
    }
}
