/// The one table of panes, in the order of Tab and of the tab row. A pane's own file defines its row
/// (`Pane.outline` in `OutlinePane+Table.swift`) and its id.
enum PaneTable {
    /// Every pane.
    static let panes: [Pane] = [.outline, .reader, .statistics, .index]

    /// The row of a pane.
    static func pane(_ id: PaneID) -> Pane {
        // NB: a handful of rows: a scan is as quick as a dictionary and keeps the table in one literal.
        panes.first { $0.id == id } ?? panes[0]
    }
}
