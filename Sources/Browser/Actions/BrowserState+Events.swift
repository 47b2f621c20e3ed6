extension BrowserState {
    /// Applies one input event and says what the event loop should do next.
    public mutating func handle(_ event: InputEvent) -> Reaction {
        switch event {
        case .resize(let size):
            return resize(to: size)
        case .mouse(let mouse):
            message = nil
            place.offered = nil
            return handle(mouse)
        case .key(let key):
            let hadMessage = message != nil
            message = nil
            let reaction = handle(key)
            return hadMessage ? reaction.union(.redraw) : reaction
        }
    }

    /// Applies a key: to the prompt or the help screen while they show, else to the focused pane's bindings.
    mutating func handle(_ key: Key) -> Reaction {
        if prompt != nil { return handlePromptKey(key) }
        if help != nil { return handleHelpKey(key) }
        if let pending = pendingMark {
            pendingMark = nil
            return handleMarkLetter(key, pending)
        }
        if case .unknown(let sequence) = key {
            message = StatusMessage("unknown key \(sequence)", kind: .warning)
            return .redraw
        }
        guard let action = keyMap.action(for: key, in: [focus.scope, .everywhere]) else {
            message = StatusMessage(
                "\(key.label) does nothing here: \(keyMap.label(of: .showHelp)) lists the keys", kind: .warning)
            return .redraw
        }
        if layout.isTooSmall, ![.quit, .redraw, .showHelp].contains(action) { return .none }
        // NB: a cable cut short after its header has no units; the paragraphs pane has nothing to move through.
        if document.cable.units.isEmpty, focus.isParagraphs, Action.readsUnits.contains(action) {
            message = StatusMessage("this cable has no text after its header")
            return .redraw
        }
        // NB: an offer of the list's next cable holds for the very next key only, so that `n` opens it only if it
        // is pressed again at once.
        if ![.nextMatch, .previousMatch].contains(action) { place.offered = nil }
        return perform(action)
    }

    /// Performs a named action.
    public mutating func perform(_ action: Action) -> Reaction {
        switch action {
        case .moveUp: return move(.lines(-1))
        case .moveDown: return move(.lines(1))
        case .pageUp: return move(.pages(-1))
        case .pageDown: return move(.pages(1))
        case .halfPageUp: return move(.halfPages(-1))
        case .halfPageDown: return move(.halfPages(1))
        case .goToStart: return move(.start)
        case .goToEnd: return move(.end)
        case .foldSection: return foldSection()
        case .unfoldSection: return unfoldSection()
        case .previousUnit: return stepUnit(by: -1)
        case .nextUnit: return stepUnit(by: 1)
        case .previousTable: return stepTable(by: -1)
        case .nextTable: return stepTable(by: 1)
        case .scrollLeft: return scrollColumns(by: -1)
        case .scrollRight: return scrollColumns(by: 1)
        case .sortByNextColumn: return sortByNextColumn()
        case .reverseSort: return reverseSort()
        case .leaveEntry: return leaveEntry()
        case .listMentions: return listIndexMentions()
        case .focusNextPane: return focusNeighbour(by: 1)
        case .focusPreviousPane: return focusNeighbour(by: -1)
        case .focusParagraphs: return focusPane(paragraphsFocus)
        case .focusStatistics: return focusPane(.statistics)
        case .focusIndex: return focusPane(.index)
        case .open: return openSelection()
        case .search: return openPrompt(.search)
        case .goToUnit: return openPrompt(.goTo)
        case .nextMatch: return stepMatch(by: 1)
        case .previousMatch: return stepMatch(by: -1)
        case .nextStatuteReference: return stepStatuteReference(by: 1)
        case .previousStatuteReference: return stepStatuteReference(by: -1)
        case .nextSameStatute: return stepSameStatute(by: 1)
        case .previousSameStatute: return stepSameStatute(by: -1)
        case .nextCrossReference: return stepCrossReference(by: 1)
        case .previousCrossReference: return stepCrossReference(by: -1)
        case .jumpBack: return jumpBack()
        case .jumpForward: return jumpForward()
        case .previousCable: return requestCable(by: -1)
        case .nextCable: return requestCable(by: 1)
        case .toggleZoom: return toggleZoom()
        case .toggleOriginal: return toggleOriginal()
        case .copyUnit: return copyUnit(withText: true)
        case .copyCitation: return copyUnit(withText: false)
        case .writeTable: return askForTableFile()
        case .filterList: return openFilter()
        case .widenOutline: return changeOutlineWidth(by: BrowserState.outlineWidthStep)
        case .narrowOutline: return changeOutlineWidth(by: -BrowserState.outlineWidthStep)
        case .clearHighlights: return clearHighlights()
        case .showHelp:
            help = HelpState()
            return .redraw
        case .closeHelp:
            help = nil
            return .redraw
        case .redraw: return .repaint
        case .quit: return .quit
        case .interrupt: return [.quit, .interrupt]
        case .setMark: return awaitMarkLetter(.set)
        case .goToMark: return awaitMarkLetter(.goTo)
        case .acceptPrompt, .cancelPrompt, .olderPromptEntry, .newerPromptEntry, .deletePromptCharacter, .clearPrompt,
            .goToCable, .acceptQuestion, .declineQuestion:
            return .none
        }
    }

    /// Takes a new terminal size: panes re-lay out, the reader re-wraps around the line it showed.
    mutating func resize(to newSize: Size) -> Reaction {
        let cursorWasShown = cursor.map { isShownInReader($0.span) } ?? false
        size = newSize
        clampReader()
        if cursorWasShown, let cursor, !isShownInReader(cursor.span) { scrollReader(toShow: cursor.span) }
        keepPanesVisible()
        return .repaint
    }

    /// Esc: forgets the search and the highlighted reference.
    mutating func clearHighlights() -> Reaction {
        guard search.isActive || cursor != nil else { return .none }
        search.query = ""
        search.matches = []
        search.isEmptyQuery = false
        search.current = nil
        cursor = nil
        return .redraw
    }
}
