extension Pane {
    /// The reader: the whole cable wrapped to the pane; Enter follows the reference under the cursor.
    static let reader = Pane(
        id: .reader, title: "Reader", helpTitle: "Reader (pane 1, right)", tab: 1,
        detail: { state in
            state.reader.showsOriginal
                ? OriginalPane.detail(state.document.original, top: state.reader.originalTop)
                : ReaderPane.detail(state.reader, document: state.document)
        },
        draw: { state, rect, screen in
            if state.reader.showsOriginal {
                OriginalPane.draw(
                    state.document.original, top: state.reader.originalTop, in: rect, into: &screen)
                return
            }
            ReaderPane.draw(
                state.reader, cursor: state.cursor, layout: state.readerLayout,
                context: PaneContext(.reader, of: state), in: rect, into: &screen)
        },
        move: { state, motion in state.scrollReader(motion) },
        click: { state, row, column in state.clickReader(row: row, column: column) },
        open: { state in state.followCursor() },
        keepVisible: { state in
            state.clampReader()
            state.clampOriginal()
        }
    )
}
