extension BrowserState {
    /// Runs the query being typed: matches light up in every pane and the reader moves to the first match after
    /// the view the prompt opened over. No jump is recorded until Enter.
    mutating func runIncrementalSearch(_ line: Prompt) -> Reaction {
        restore(line.saved)
        let query = line.text.trimmingSpaces
        // NB: the query as typed decides whether there is anything to look for (`the` alone is a stop word, not a
        // prefix); the matches shown are those of the word being typed as a prefix.
        guard !query.isEmpty, document.findings.search(query) != nil,
            let matches = document.findings.search(IncrementalQuery.completing(line.text))
        else {
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

    /// Enter at the search prompt: keeps the search, records where it started on the jump list. On an empty line it
    /// repeats the last search kept.
    mutating func keepSearch(_ line: Prompt) -> Reaction {
        guard search.isActive else {
            restore(line.saved)
            guard line.text.trimmingSpaces.isEmpty, let last = search.history.last else { return .redraw }
            return repeatSearch(last, from: line.saved)
        }
        Self.remember(line.text, in: &search.history)
        if search.matches.isEmpty {
            message = StatusMessage(search.noMatchMessage, kind: .warning)
        } else if location != line.saved {
            jumps.record(line.saved)
        }
        return .redraw
    }

    /// n, N: the next or previous match across the whole cable, wrapping with a notice. In a cable opened from a list filtered by words, the ends offer the list's neighbours instead.
    mutating func stepMatch(by delta: Int) -> Reaction {
        let offered = place.offered
        place.offered = nil
        if !search.isActive, let last = search.history.last,
            let matches = document.findings.search(IncrementalQuery.completing(last))
        {
            // NB: Esc hides the highlights, as vim's :nohlsearch does; n brings the last search kept back.
            search.query = last
            search.matches = matches
            search.isEmptyQuery = false
        }
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
        if step.wrapped, let across = stepAcrossCables(by: delta, offered: offered) { return across }
        recordJump()
        search.current = step.position
        reveal(search.matches[step.position], as: .searchHit(step.position))
        if step.wrapped { message = Self.wrapNotice("search", forward: delta > 0) }
        return .redraw
    }

    /// Puts a search in place as if typed and kept: a cable opened from a list filtered by words shows their hits,
    /// the reader at the first, with no jump to walk back.
    public mutating func searchInPlace(_ query: String) {
        _ = repeatSearch(query, from: location)
        Self.remember(query, in: &search.history)
        jumps = JumpList()
    }

    /// `/` and Enter on an empty line: the last search kept, from the view the prompt opened over.
    private mutating func repeatSearch(_ query: String, from saved: Location) -> Reaction {
        var line = Prompt(.search, saved: saved, savedSearch: search)
        line.text = query
        _ = runIncrementalSearch(line)
        return keepSearch(line)
    }
}
