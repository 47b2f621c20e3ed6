extension BrowserState {
    /// `f`: a prompt whose words narrow the focused list as they are typed, as htop's F4.
    mutating func openFilter() -> Reaction {
        guard let filter = PaneTable.pane(focus).filter else { return .none }
        var line = Prompt(.filter, saved: location, savedSearch: search)
        line.text = filter.text(self)
        line.savedFilter = line.text
        prompt = line
        return .redraw
    }

    /// Narrows the focused list to `words`.
    mutating func applyFilter(_ words: String) {
        PaneTable.pane(focus).filter?.set(&self, words.trimmingSpaces)
        keepPanesVisible()
    }

    /// Enter at the filter prompt: the list stays narrowed; says how to widen it again.
    mutating func keepFilter(_ words: String) -> Reaction {
        applyFilter(words)
        let key = keyMap.label(of: .filterList, in: focus.scope)
        let clear = keyMap.label(of: .clearPrompt, in: .prompt)
        message = StatusMessage(
            words.trimmingSpaces.isEmpty ? "every row listed" : "filtered: \(key), \(clear) and Enter list every row")
        return .redraw
    }
}
