extension LibraryBrowser {
    /// Applies one input event: to the open cable while one shows, else to the list; says what the loop does next.
    public mutating func handle(_ event: InputEvent) -> Reaction {
        if case .resize(let newSize) = event { size = newSize }
        if cable != nil { return handleInCable(event) }
        switch event {
        case .resize:
            showSelection()
            pivot.select(row: pivot.row, height: listHeight)
            return .repaint
        case .mouse(let mouse):
            guard prompt == nil, help == nil, pivot.question == nil else { return .none }
            return pivot.shows ? clickPivot(mouse) : click(mouse)
        case .key(let key):
            let hadMessage = message != nil
            message = nil
            let reaction = handleListKey(key)
            return hadMessage ? reaction.union(.redraw) : reaction
        }
    }

    /// The open cable takes the event; Backspace at the start of its jump list closes it onto the list.
    private mutating func handleInCable(_ event: InputEvent) -> Reaction {
        guard var state = cable else { return .none }
        let reaction = state.handle(event)
        searchHistory = state.search.history
        if reaction.contains(.switchCable), let target = state.place.requested {
            list.selected = target
            showSelection()
            return openSelected(atLastHit: state.place.opensAtLastHit)
        }
        guard reaction.contains(.closeCable) else {
            cable = state
            return reaction
        }
        cable = nil
        showSelection()
        return .repaint
    }

    /// A key on the list (or on its help screen).
    mutating func handleListKey(_ key: Key) -> Reaction {
        if prompt != nil { return handleListPromptKey(key) }
        let scope = keyScope
        if let shown = help {
            let action = keyMap.action(for: key, in: [.help, scope])
            if action == .redraw { return .repaint }
            help = shown.after(action, lines: HelpScreen.lines(keyMap: keyMap, width: size.width).count, size: size)
            return .redraw
        }
        guard let action = keyMap.action(for: key, in: [scope]) else {
            message = StatusMessage(
                "\(key.label) does nothing here: \(keyMap.label(of: .showHelp, in: scope)) lists the keys",
                kind: .warning)
            return .redraw
        }
        if Layout.isTooSmall(size), ![.quit, .redraw].contains(action) {
            return .none
        }
        switch scope {
        case .pivotQuestion: return answerPivotQuestion(action)
        case .cablePivot: return performOnPivot(action)
        default: return performOnList(action)
        }
    }

    /// Where the keys of the list's screen are looked up: the list, its pivot, or the pivot's question.
    var keyScope: KeyScope {
        guard pivot.shows else { return .cableList }
        return pivot.question == nil ? .cablePivot : .pivotQuestion
    }

    /// Performs a named action on the list.
    mutating func performOnList(_ action: Action) -> Reaction {
        switch action {
        case .moveUp: return moveSelection(to: list.selected - 1)
        case .moveDown: return moveSelection(to: list.selected + 1)
        case .pageUp: return moveSelection(to: list.selected - max(1, listHeight - 1))
        case .pageDown: return moveSelection(to: list.selected + max(1, listHeight - 1))
        case .goToStart: return moveSelection(to: 0)
        case .goToEnd: return moveSelection(to: list.count - 1)
        case .open: return openSelected()
        case .focusNextPane, .focusPreviousPane: return togglePivot()
        case .filterList: return openFilterPrompt()
        case .goToCable:
            prompt = ListPrompt(.goTo)
            return .redraw
        case .sortByNextColumn: return sort(by: order.next)
        case .reverseSort: return sort(by: CableListOrder(order.column, descending: !order.descending))
        case .showHelp:
            help = HelpState()
            return .redraw
        case .redraw: return .repaint
        case .quit: return .quit
        case .interrupt: return [.quit, .interrupt]
        default: return .none
        }
    }

    /// Selects another cable of the list.
    mutating func moveSelection(to position: Int) -> Reaction {
        let before = (list.selected, list.scroll)
        list.selected = position
        showSelection()
        return before == (list.selected, list.scroll) ? .none : .redraw
    }

    /// Where the list stands, for the title bar of a cable opened from it: `Library › tag:KTIP`.
    var trail: String {
        filter.allSatisfy(\.isWhitespace) ? "Library" : "Library › " + filter.trimmingSpaces
    }

    /// Enter (or `<` `>` in a cable opened from the list, `n` `N` past its ends): reads the selected cable from the
    /// source and opens it in the three panes, with the filter's words searched in it (the reader at the first hit,
    /// or at the last one when asked, `n` `N` stepping).
    mutating func openSelected(atLastHit: Bool = false) -> Reaction {
        guard let row = list.selectedRow else { return .none }
        do {
            let loaded = try source.cable(row)
            let document =
                linking?.document(for: loaded, displayWidth: displayWidth)
                ?? Document.browsing(loaded, knowledge: knowledge, displayWidth: displayWidth)
            var state = BrowserState(document: document, size: size, keyMap: keyMap)
            state.linking = linking
            state.returnsToList = true
            state.search.history = searchHistory
            state.place = CablePlace(position: list.selected, count: list.count)
            state.place.list = trail
            if !source.words.allSatisfy(\.isWhitespace) {
                state.searchInPlace(source.words)
                state.place.words = state.search.query
                state.place.previousID = listID(at: list.selected - 1)
                state.place.nextID = listID(at: list.selected + 1)
                if atLastHit { state.revealLastHit() }
            }
            cable = state
            return .repaint
        } catch {
            message = StatusMessage("\(row.id): \(error.message)", kind: .warning)
            return .redraw
        }
    }
}
