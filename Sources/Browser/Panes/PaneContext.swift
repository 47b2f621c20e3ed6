/// What every pane draws with besides its own state: the document, whether it has the focus, and the search.
struct PaneContext {
    /// The cable and what was derived from it.
    let document: Document
    /// Whether the pane has the focus (its selection shows in the focused style).
    let focused: Bool
    /// The search, for marking its matches.
    let search: SearchState

    /// The context of `pane` in `state`.
    init(_ pane: PaneID, of state: BrowserState) {
        document = state.document
        focused = state.focus == pane
        search = state.search
    }

    /// The style of a selected row: bright when the pane has the focus.
    var selectionStyle: CellStyle { focused ? .selection : .unfocusedSelection }

    /// Marks the query's words in rows the pane draws from its own lists, while a search is active.
    var highlighter: QueryHighlighter? { search.isActive ? QueryHighlighter(query: search.query) : nil }
}
