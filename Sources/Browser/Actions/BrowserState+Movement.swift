extension BrowserState {
    /// Moves the focused pane's selection, or scrolls the reader.
    mutating func move(_ motion: Motion) -> Reaction {
        PaneTable.pane(focus).move(&self, motion)
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
        keepPanesVisible()
        return .redraw
    }

    /// Keeps every pane's selection within its rows and in view (after a resize, a zoom, a change of focus).
    mutating func keepPanesVisible() {
        for pane in PaneTable.panes { pane.keepVisible(&self) }
    }

    /// The columns `+` and `-` move the split between the outline and the reader.
    static let outlineWidthStep = 4

    /// `+`, `-`: moves the split between the outline and the reader, within bounds.
    mutating func changeOutlineWidth(by delta: Int) -> Reaction {
        let before = layout.panes[.outline]?.width
        outlineWidthChange += delta
        let after = layout.panes[.outline]?.width
        guard before != after || before == nil else {
            outlineWidthChange -= delta
            message = StatusMessage(
                delta > 0 ? "the outline is as wide as it goes" : "the outline is as narrow as it goes")
            return .redraw
        }
        keepPanesVisible()
        return .redraw
    }

    /// Zooms the focused pane to the whole screen, or back.
    mutating func toggleZoom() -> Reaction {
        zoomed.toggle()
        keepPanesVisible()
        message = StatusMessage(
            zoomed ? "zoomed: \(keyMap.label(of: .toggleZoom)) to show every pane" : "all panes")
        return .redraw
    }

    /// Enter: opens what the focused pane has selected.
    mutating func openSelection() -> Reaction {
        PaneTable.pane(focus).open(&self)
    }
}
