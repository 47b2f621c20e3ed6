/// What one pane does, as a row of tig's table of view operations: its names, its tab, how it draws, how it moves,
/// what a click and Enter do. `PaneTable` lists every pane; the event handlers and the renderer only look panes up
/// there, so a new pane is a row of the table and the files that define it.
struct Pane: Sendable {
    /// The pane's id.
    let id: PaneID
    /// The name on the title row and tab.
    let title: String
    /// The heading of the pane's keys on the help screen.
    let helpTitle: String
    /// The tab the pane shows under, and the number key that focuses it; panes may share a tab.
    let tab: Int
    /// The words beside the title (`27.E · page 5/12`).
    let detail: @Sendable (BrowserState) -> String
    /// Paints the pane's content (below its title row) into a rectangle of the grid.
    let draw: @Sendable (BrowserState, Rect, inout Screen) -> Void
    /// Moves the selection or scrolls (↑ ↓, pages, Home, End).
    let move: @Sendable (inout BrowserState, Motion) -> Reaction
    /// A click on a content row (0 is the first row below the title), at a column from the content's left edge.
    let click: @Sendable (inout BrowserState, _ row: Int, _ column: Int) -> Reaction
    /// Enter.
    let open: @Sendable (inout BrowserState) -> Reaction
    /// The list's filter (`f`), read and set; nil for a pane that does not filter.
    var filter: PaneFilter? = nil
    /// Keeps the selection within the rows and in view after a resize, a zoom or a change of focus.
    let keepVisible: @Sendable (inout BrowserState) -> Void
}
