extension LibraryBrowser {
    /// `f` or `/`: opens the filter prompt on the filter in force and a space, so that a word typed at once is a
    /// word of its own (not the end of the last filter's value), remembering the list for Esc.
    mutating func openFilterPrompt() -> Reaction {
        let kept = filter.trimmingSpaces
        prompt = ListPrompt(.filter, text: kept.isEmpty ? "" : kept + " ")
        beforePrompt = (source, list, order, shownFilter)
        return .redraw
    }

    /// A key at a prompt under the list: typing edits the line (a filter narrows the list as it is typed, and stops
    /// the pivot's reading of the list before), ↑ ↓ recall the history, Enter keeps the line, Esc (or Backspace on
    /// an empty line) puts back what was before.
    mutating func handleListPromptKey(_ key: Key) -> Reaction {
        guard var line = prompt else { return .none }
        let action = keyMap.action(for: key, in: [.prompt])
        switch action {
        case .acceptPrompt: return acceptListPrompt(line)
        case .cancelPrompt: return cancelListPrompt()
        case .olderPromptEntry, .newerPromptEntry:
            let delta = action == .olderPromptEntry ? -1 : 1
            let history = line.kind == .filter ? filterHistory : goToHistory
            guard let text = line.recall.step(by: delta, from: line.text, through: history) else { return .none }
            line.text = text
        case .deletePromptCharacter:
            guard !line.text.isEmpty else { return cancelListPrompt() }
            line.text.removeLast()
            line.recall = HistoryRecall()
        case .clearPrompt:
            line.text = ""
            line.recall = HistoryRecall()
        default:
            guard case .character(let scalar) = key else { return .none }
            line.text.unicodeScalars.append(scalar)
            line.recall = HistoryRecall()
        }
        prompt = line
        guard line.kind == .filter else { return .redraw }
        ask(filter: line.text, waitsForPause: true)
        // NB: the pivot of the list before is no longer wanted; the list the filter gives asks for its own.
        dropPivotReading()
        return .redraw
    }

    /// Enter: a filter is kept (and remembered); a cable id is looked for in the list.
    private mutating func acceptListPrompt(_ line: ListPrompt) -> Reaction {
        prompt = nil
        beforePrompt = nil
        guard line.kind == .filter else { return goToCable(line.text) }
        filter = line.text.trimmingSpaces
        BrowserState.remember(filter, in: &filterHistory)
        return .redraw
    }

    /// Esc: the list as it was before the prompt opened comes back at once, and a query still running is dropped.
    private mutating func cancelListPrompt() -> Reaction {
        prompt = nil
        if let (saved, savedList, savedOrder, savedFilter) = beforePrompt {
            (source, list, order, shownFilter) = (saved, savedList, savedOrder, savedFilter)
            request = nil
            generation += 1
        }
        beforePrompt = nil
        askPivotIfStale()
        return .redraw
    }

    /// Asks for the list `filter` keeps in the current order; the event loop runs it (after a pause in typing when
    /// `waitsForPause`).
    mutating func ask(filter: String, waitsForPause: Bool) {
        generation += 1
        request = CableListRequest(filter: filter, order: order, generation: generation, waitsForPause: waitsForPause)
    }

    /// Hands the request waiting to run to the event loop, which answers it with `receive(_:for:)`.
    public mutating func takeRequest() -> CableListRequest? {
        defer { request = nil }
        return request
    }

    /// The answer to a request: the list shows it from its first cable, unless a newer request was made since (the
    /// answer is then dropped). A query that does not parse says why and leaves the list.
    public mutating func receive(
        _ answer: Result<any CableListSource, CableListError>, for answered: CableListRequest
    ) -> Reaction {
        guard answered.generation == generation else { return .none }
        switch answer {
        case .success(let answer):
            source = answer
            shownFilter = answered.filter
            list = CableListState()
            list.count = answer.count
            showSelection()
            askPivotIfStale()
        case .failure(let error):
            message = StatusMessage(error.message, kind: .warning)
        }
        return .redraw
    }

    /// Runs the waiting request here and now, as the event loop would in the background.
    @discardableResult
    public mutating func answerRequest() -> Reaction {
        guard let asked = takeRequest() else { return .none }
        let answer = Result { () throws(CableListError) in try allCables.answer(asked.filter, order: asked.order) }
        return receive(answer, for: asked)
    }
}
