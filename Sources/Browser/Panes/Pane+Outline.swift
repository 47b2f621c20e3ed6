extension Pane {
    /// The outline: rows of units that fold; moving selects the unit the reader shows.
    static let outline = Pane(
        id: .outline, title: "Outline", helpTitle: "Outline (pane 1, left)", tab: 1,
        detail: { OutlinePane.detail($0.outline, document: $0.document) },
        draw: { state, rect, screen in
            OutlinePane.draw(
                state.outline, current: state.reader.current, context: PaneContext(.outline, of: state), in: rect,
                into: &screen)
        },
        move: { state, motion in state.moveOutlineSelection(motion) },
        click: { state, row, _ in
            state.selectOutlineRow(row)
            return .redraw
        },
        open: { state in state.focusPane(.reader) },
        filter: PaneFilter(
            text: { $0.outline.filter },
            set: { state, text in
                state.outline.filter = text
                state.outline.scroll = 0
            }),
        keepVisible: { state in state.keepOutlineSelectionVisible() }
    )
}
