/// The cable list's selection and scroll, and the rows it shows (read from its source as they come into view).
public struct CableListState: Hashable, Sendable {
    /// How many cables the list holds.
    public var count = 0
    /// The position of the selected cable.
    public var selected = 0
    /// The position of the first row shown.
    public var scroll = 0
    /// The rows shown, from `scroll` on.
    public var rows: [CableListRow] = []
    /// The positions `rows` were read for, so that a move within the page reads nothing.
    public var loaded: Range<Int> = 0..<0

    /// Creates an empty list.
    public init() {}

    /// The selected row, when it shows.
    public var selectedRow: CableListRow? {
        let offset = selected - scroll
        return rows.indices.contains(offset) ? rows[offset] : nil
    }

    /// Selects the cable at `position` (kept within the list) and scrolls the least that shows it in `height` rows.
    public mutating func select(_ position: Int, height: Int) {
        selected = max(0, min(count - 1, position))
        if selected < scroll { scroll = selected }
        if selected >= scroll + height { scroll = selected - height + 1 }
        scroll = max(0, min(scroll, count - height))
    }

    /// The positions that show in `height` rows.
    func visible(height: Int) -> Range<Int> { scroll..<max(scroll, min(count, scroll + height)) }
}
