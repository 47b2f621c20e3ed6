extension BrowserState {
    /// Runs the query being typed: matches light up in every pane and the reader moves to the first match after
    /// the view the prompt opened over. No jump is recorded until Enter.
    mutating func runIncrementalSearch(_ line: Prompt) -> Reaction {
        restore(line.saved)
        let query = line.text.trimmingSpaces
        guard !query.isEmpty, let matches = document.findings.search(query) else {
            search.query = query
            search.matches = []
            search.current = nil
            search.isEmptyQuery = !query.isEmpty
            return .redraw
        }
        search.isEmptyQuery = false
        search.query = query
        search.matches = matches
        search.current = nil
        guard !matches.isEmpty else { return .redraw }
        let start = FieldSpan(unit: line.saved.reader.top.unit, field: .heading, range: 0..<0)
        var first = matches.firstPosition(atOrAfter: start.unit)
        if first == matches.count { first = 0 }
        search.current = first
        reveal(matches[first], as: .searchHit(first))
        return .redraw
    }

    /// Enter at the search prompt: keeps the search, records where it started on the jump list.
    mutating func keepSearch(_ line: Prompt) -> Reaction {
        guard search.isActive else {
            restore(line.saved)
            return .redraw
        }
        Self.remember(line.text, in: &search.history)
        if search.matches.isEmpty {
            message = StatusMessage(search.noMatchMessage, kind: .warning)
        } else if location != line.saved {
            jumps.record(line.saved)
        }
        return .redraw
    }

    /// n, N: the next or previous match across the whole cable, wrapping with a notice.
    mutating func stepMatch(by delta: Int) -> Reaction {
        guard search.isActive else {
            message = StatusMessage("no search yet: \(keyMap.label(of: .search)) searches", kind: .warning)
            return .redraw
        }
        var current: Int?
        if case .searchHit(let position) = cursor?.kind { current = position }
        guard let step = step(through: search.matches, by: delta, from: current, what: "search") else {
            message = StatusMessage(search.noMatchMessage, kind: .warning)
            return .redraw
        }
        recordJump()
        search.current = step.position
        reveal(search.matches[step.position], as: .searchHit(step.position))
        if step.wrapped { message = Self.wrapNotice("search", forward: delta > 0) }
        return .redraw
    }
}
