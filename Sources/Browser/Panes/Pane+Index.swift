extension Pane {
    /// The index: statutes, cross-references, cables, names and terms; Enter lists an entry's mentions.
    static let index = Pane(
        id: .index, title: "Index", helpTitle: "Index (pane 3)", tab: 3,
        detail: { IndexPane.detail($0.index, document: $0.document) },
        draw: { state, rect, screen in
            IndexPane.draw(state.index, context: PaneContext(.index, of: state), in: rect, into: &screen)
        },
        move: { state, motion in state.moveIndexSelection(motion) },
        click: { state, row, _ in
            state.selectIndexRow(row)
            return .redraw
        },
        open: { state in state.openIndexSelection() },
        filter: PaneFilter(
            text: { $0.index.entries.filter },
            set: { state, text in
                state.index.openEntry = nil
                state.index.entries.filter = text
                state.index.entries.selection = 0
                state.index.entries.scroll = 0
            }),
        keepVisible: { state in state.keepIndexVisible() }
    )
}
