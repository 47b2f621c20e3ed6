extension BrowserState {
    /// The reader's first line shown, as an index into its wrapped lines.
    public var readerTopLine: Int { readerLayout.line(of: reader.top) }

    /// Scrolls the reader; the current unit becomes the one at the top.
    mutating func scrollReader(_ motion: Motion) -> Reaction {
        if reader.showsOriginal { return scrollOriginal(motion) }
        let layout = readerLayout
        let height = contentRect(of: .reader).height
        let top = layout.line(of: reader.top)
        let target: Int
        switch motion {
        case .lines(let delta): target = top + delta
        case .pages(let delta): target = top + delta * max(1, height - 1)
        case .halfPages(let delta): target = top + delta * max(1, height / 2)
        case .start: target = 0
        case .end: target = layout.lines.count
        }
        let newTop = clampedTop(target, layout: layout, height: height)
        guard newTop != top else { return .none }
        reader.top = layout.anchor(ofLine: newTop)
        reader.current = unitShown(atLine: newTop, layout: layout)
        keepOutlineSelectionVisible()
        return .redraw
    }

    /// Shows the previous or next unit from its start.
    mutating func stepUnit(by delta: Int) -> Reaction {
        let target = reader.current + delta
        guard target >= 0, target < document.unitCount else {
            message = StatusMessage(delta < 0 ? "at the first unit" : "at the last unit")
            return .redraw
        }
        read(unit: target)
        return .redraw
    }

    /// Focuses the reader and scrolls it so that `span` shows (a third of the way down when it must move), with the
    /// cursor on it.
    mutating func reveal(_ span: FieldSpan, as kind: ReaderCursor.Kind) {
        // NB: what is revealed is a place in the clean text, so the reader shows the clean text again.
        reader.showsOriginal = false
        cursor = ReaderCursor(kind, span: span)
        focus = .reader
        paragraphsFocus = .reader
        if !isShownInReader(span) { scrollReader(toShow: span) }
        reader.current = span.unit
        keepOutlineSelectionVisible()
    }

    /// Whether the reader shows the line where `span` starts.
    func isShownInReader(_ span: FieldSpan) -> Bool {
        let layout = readerLayout
        let line = layout.line(of: span.unit, field: span.field, offset: span.range.lowerBound)
        let top = layout.line(of: reader.top)
        return line >= top && line < top + contentRect(of: .reader).height
    }

    /// Scrolls the reader so that the line where `span` starts is a third of the way down.
    mutating func scrollReader(toShow span: FieldSpan) {
        let layout = readerLayout
        let height = contentRect(of: .reader).height
        let line = layout.line(of: span.unit, field: span.field, offset: span.range.lowerBound)
        reader.top = layout.anchor(ofLine: clampedTop(line - height / 3, layout: layout, height: height))
    }

    /// Keeps the reader's first line within the text after a resize or a zoom.
    mutating func clampReader() {
        let layout = readerLayout
        let height = contentRect(of: .reader).height
        let top = layout.line(of: reader.top)
        let clamped = clampedTop(top, layout: layout, height: height)
        if clamped != top { reader.top = layout.anchor(ofLine: clamped) }
    }

    /// A first line that leaves no empty space below the text (unless the text is shorter than the pane).
    func clampedTop(_ line: Int, layout: ReaderLayout, height: Int) -> Int {
        max(0, min(line, layout.lines.count - max(1, height)))
    }

    /// The unit a line belongs to, skipping the gap that ends the unit before.
    func unitShown(atLine line: Int, layout: ReaderLayout) -> Int {
        let shown = layout.lines[line]
        if shown.part == .gap, line + 1 < layout.lines.count { return layout.lines[line + 1].unit }
        return shown.unit
    }
}
