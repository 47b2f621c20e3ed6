extension BrowserState {
    /// The next or previous place of a sorted list, from what is on the screen: from the cursor while the reader shows
    /// it (from its position when it stands on that list), else from the reader's top line, so that after `G` or a
    /// page down the first place below the top comes next. Wraps at the ends with a notice. Returns the position and
    /// whether it wrapped.
    func step(
        through spans: [FieldSpan], by delta: Int, from current: Int?, what: String
    ) -> (position: Int, wrapped: Bool)? {
        guard !spans.isEmpty else { return nil }
        var next: Int
        let shownCursor = cursor.flatMap { isShownInReader($0.span) ? $0 : nil }
        if let current, shownCursor != nil {
            next = current + delta
        } else if let here = shownCursor?.span {
            next = delta > 0 ? spans.firstIndex { $0 > here } ?? spans.count : spans.lastIndex { $0 < here } ?? -1
        } else {
            let top = readerPlace(atLine: readerTopLine)
            next = delta > 0 ? spans.firstIndex { $0 >= top } ?? spans.count : spans.lastIndex { $0 < top } ?? -1
        }
        if next >= spans.count { return (0, true) }
        if next < 0 { return (spans.count - 1, true) }
        return (next, false)
    }

    /// The place in the text where a line of the reader starts (a gap stands for the next unit's start).
    func readerPlace(atLine line: Int) -> FieldSpan {
        let layout = readerLayout
        guard layout.lines.indices.contains(line) else {
            return FieldSpan(unit: document.unitCount, field: .heading, range: 0..<0)
        }
        let shown = layout.lines[line]
        switch shown.part {
        case .rule: return FieldSpan(unit: shown.unit, field: .heading, range: 0..<0)
        case .gap: return FieldSpan(unit: shown.unit + 1, field: .heading, range: 0..<0)
        case .heading, .text:
            let start = shown.range.lowerBound
            return FieldSpan(unit: shown.unit, field: shown.part == .heading ? .heading : .text, range: start..<start)
        }
    }

    /// The notice for a step that wrapped.
    static func wrapNotice(_ what: String, forward: Bool) -> StatusMessage {
        StatusMessage(forward ? "\(what): wrapped to the top" : "\(what): wrapped to the bottom")
    }
}
