extension LibraryBrowser {
    /// A key at the filter prompt: typing narrows the list at once, Enter keeps the filter, Esc (or Backspace on an
    /// empty line) puts back the filter there was before the prompt opened.
    mutating func handleFilterKey(_ key: Key, typed: String) -> Reaction {
        switch keyMap.action(for: key, in: [.prompt]) {
        case .acceptPrompt:
            filterPrompt = nil
            filter = typed
        case .cancelPrompt:
            closeFilterPrompt()
        case .deletePromptCharacter:
            guard !typed.isEmpty else {
                closeFilterPrompt()
                return .redraw
            }
            typeFilter(String(typed.dropLast()))
        case .clearPrompt:
            typeFilter("")
        default:
            guard case .character(let scalar) = key else { return .none }
            typeFilter(typed + String(scalar))
        }
        return .redraw
    }

    /// The line as typed now: the list shows the cables it keeps, or the status says why it does not parse (the
    /// list then stays as it was).
    private mutating func typeFilter(_ text: String) {
        filterPrompt = text
        narrow(to: text)
    }

    /// Esc: the filter in force before the prompt opened comes back.
    private mutating func closeFilterPrompt() {
        filterPrompt = nil
        narrow(to: filter)
    }

    /// Shows the cables `query` keeps, from the first.
    mutating func narrow(to query: String) {
        do {
            source = query.allSatisfy(\.isWhitespace) ? allCables : try allCables.filtered(by: query)
        } catch {
            message = StatusMessage(error.message, kind: .warning)
            return
        }
        list = CableListState()
        list.count = source.count
        showSelection()
    }
}
