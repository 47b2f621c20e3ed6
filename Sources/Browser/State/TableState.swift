/// The selection, scroll and sort order of one table or list, kept apart from the pane that draws it.
public struct TableState: Hashable, Sendable {
    /// The selected row.
    public var selection = 0
    /// The first row shown.
    public var scroll = 0
    /// The column sorted by, or nil for the table's own order.
    public var sortColumn: Int?
    /// Whether the order is reversed.
    public var descending = false
    /// The first column shown, when the table is scrolled sideways.
    public var firstColumn = 0
    /// The words a row must hold to be listed (`f`); empty lists every row.
    public var filter = ""

    /// Creates a state at the first row in the table's own order.
    public init() {}

    /// Moves the selection by `delta` rows within `count`, scrolling so that it stays in `height` rows.
    public mutating func move(by delta: Int, count: Int, height: Int) {
        select(selection + delta, count: count, height: height)
    }

    /// Selects a row within `count`, scrolling so that it stays in `height` rows.
    public mutating func select(_ row: Int, count: Int, height: Int) {
        selection = max(0, min(row, count - 1))
        keepSelectionVisible(height: height)
    }

    /// Scrolls as little as possible so that the selection shows in `height` rows.
    public mutating func keepSelectionVisible(height: Int) {
        let height = max(1, height)
        if selection < scroll { scroll = selection }
        if selection >= scroll + height { scroll = selection - height + 1 }
        scroll = max(0, scroll)
    }
}
