extension BrowserState {
    /// The next or previous place of a sorted list, from the cursor when it stands on that list, else from the
    /// reader's current unit; wraps at the ends with a notice. Returns the position and whether it wrapped.
    func step(
        through spans: [FieldSpan], by delta: Int, from current: Int?, what: String
    ) -> (position: Int, wrapped: Bool)? {
        guard !spans.isEmpty else { return nil }
        var next: Int
        if let current {
            next = current + delta
        } else {
            let here = cursor?.span ?? FieldSpan(unit: reader.current, field: .heading, range: 0..<0)
            if delta > 0 {
                next = spans.firstIndex { $0 > here } ?? spans.count
            } else {
                next = spans.lastIndex { $0 < here } ?? -1
            }
        }
        if next >= spans.count { return (0, true) }
        if next < 0 { return (spans.count - 1, true) }
        return (next, false)
    }

    /// The notice for a step that wrapped.
    static func wrapNotice(_ what: String, forward: Bool) -> StatusMessage {
        StatusMessage(forward ? "\(what): wrapped to the top" : "\(what): wrapped to the bottom")
    }
}
