extension BrowserState {
    /// Moves the focused pane's selection, or scrolls the reader.
    mutating func move(_ motion: Motion) -> Reaction {
        switch focus {
        case .outline: return moveOutlineSelection(motion)
        case .reader: return scrollReader(motion)
        case .statistics: return moveStatisticsSelection(motion)
        case .index: return moveIndexSelection(motion)
        }
    }

    /// Moves focus along the panes (Tab, Shift-Tab).
    mutating func focusNeighbour(by delta: Int) -> Reaction {
        let all = PaneID.allCases
        let position = (all.firstIndex(of: focus)! + delta + all.count) % all.count
        return focusPane(all[position])
    }

    /// Focuses a pane; the Paragraphs pane remembers whether the outline or the reader was last used.
    mutating func focusPane(_ pane: PaneID) -> Reaction {
        guard pane != focus else { return .none }
        focus = pane
        if pane.isParagraphs { paragraphsFocus = pane }
        clampReader()
        keepOutlineSelectionVisible()
        keepTablesVisible()
        return .redraw
    }

    /// Zooms the focused pane to the whole screen, or back.
    mutating func toggleZoom() -> Reaction {
        zoomed.toggle()
        clampReader()
        keepOutlineSelectionVisible()
        keepTablesVisible()
        message = StatusMessage(zoomed ? "zoomed: z to show every pane" : "all panes")
        return .redraw
    }

    /// Enter: opens what the focused pane has selected.
    mutating func openSelection() -> Reaction {
        switch focus {
        case .outline:
            return focusPane(.reader)
        case .reader:
            return followCursor()
        case .statistics:
            return openFigure()
        case .index:
            return openIndexSelection()
        }
    }
}
