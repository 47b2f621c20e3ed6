extension BrowserState {
    /// `/` or `:`: opens a prompt in the status line, remembering the view for Esc.
    mutating func openPrompt(_ kind: Prompt.Kind) -> Reaction {
        prompt = Prompt(kind, saved: location, savedSearch: search)
        return .redraw
    }

    /// Keys while a prompt is open: editing, history, Enter and Esc; typed characters go into the line.
    mutating func handlePromptKey(_ key: Key) -> Reaction {
        guard var line = prompt else { return .none }
        switch keyMap.action(for: key, in: [.prompt]) {
        case .acceptPrompt: return acceptPrompt()
        case .cancelPrompt: return cancelPrompt()
        case .olderPromptEntry: return recallHistory(by: -1)
        case .newerPromptEntry: return recallHistory(by: 1)
        case .deletePromptCharacter:
            guard !line.text.isEmpty else { return cancelPrompt() }
            line.text.removeLast()
        case .clearPrompt:
            line.text = ""
        default:
            guard case .character(let scalar) = key else { return .none }
            line.text.unicodeScalars.append(scalar)
        }
        line.historyPosition = nil
        prompt = line
        return promptTextChanged()
    }

    /// Enter: keeps the search (recording the jump) or goes to the unit.
    mutating func acceptPrompt() -> Reaction {
        guard let line = prompt else { return .none }
        prompt = nil
        switch line.kind {
        case .goTo:
            Self.remember(line.text, in: &goToHistory)
            return goToUnit(typed: line.text)
        case .search:
            return keepSearch(line)
        case .file:
            return writeTable(to: line.text)
        case .filter:
            return keepFilter(line.text)
        }
    }

    /// Esc: closes the prompt and puts back the view and the search it opened over.
    mutating func cancelPrompt() -> Reaction {
        guard let line = prompt else { return .none }
        prompt = nil
        search = line.savedSearch
        if line.kind == .filter { applyFilter(line.savedFilter) }
        restore(line.saved)
        return .redraw
    }

    /// ↑ ↓: shows an older or newer history entry in the line.
    mutating func recallHistory(by delta: Int) -> Reaction {
        guard var line = prompt else { return .none }
        let history = line.kind == .search ? search.history : line.kind == .goTo ? goToHistory : []
        var recall = HistoryRecall()
        (recall.position, recall.draft) = (line.historyPosition, line.draft)
        guard let text = recall.step(by: delta, from: line.text, through: history) else { return .none }
        (line.text, line.historyPosition, line.draft) = (text, recall.position, recall.draft)
        let recalled = line.historyPosition
        prompt = line
        let reaction = promptTextChanged()
        prompt?.historyPosition = recalled
        return reaction
    }

    /// Reacts to an edit of the line: a search runs again at once.
    mutating func promptTextChanged() -> Reaction {
        guard let line = prompt else { return .redraw }
        switch line.kind {
        case .search: return runIncrementalSearch(line)
        case .filter: applyFilter(line.text)
        case .goTo, .file: break
        }
        return .redraw
    }

    /// Adds an entry at the end of a history, moving it there if it was already in it.
    static func remember(_ entry: String, in history: inout [String]) {
        let entry = entry.trimmingSpaces
        guard !entry.isEmpty else { return }
        history.removeAll { $0 == entry }
        history.append(entry)
        if history.count > 50 { history.removeFirst() }
    }
}
