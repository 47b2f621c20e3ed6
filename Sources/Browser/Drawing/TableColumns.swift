/// Where a table's columns stand in a pane: from the first column shown, each at the width of its content up to a
/// share of the pane, cut cells ending in `…`; the columns that do not fit are reached by scrolling sideways, and
/// markers say that they exist. No column is ever dropped in silence.
struct TableColumns: Equatable {
    /// A column shown: its position in the table, its first cell column and its width.
    struct Placed: Equatable {
        let column: Int
        let x: Int
        let width: Int
    }

    /// The blank columns between two columns.
    static let gap = 2
    /// The narrowest a column is cut to.
    static let narrowest = 6

    /// The columns shown, left to right.
    let placed: [Placed]
    /// Whether columns are hidden to the left (scrolled past) or to the right (beyond the pane).
    let hiddenLeft: Bool
    let hiddenRight: Bool

    /// Places columns of `natural` widths from `first` in `width` cells starting at `x` (one cell is kept at each
    /// side for the markers).
    init(natural: [Int], first: Int, x: Int, width: Int) {
        let available = width - 2
        let cap = max(TableColumns.narrowest + 2, available / 3)
        let first = max(0, min(first, natural.count - 1))
        var placed: [Placed] = []
        var column = x + 1
        for position in first..<max(first, natural.count) {
            let room = x + 1 + available - column
            let isLast = position == natural.count - 1
            let wanted = isLast && placed.isEmpty ? natural[position] : min(natural[position], cap)
            guard room >= min(wanted, TableColumns.narrowest) || placed.isEmpty else { break }
            let width = max(1, min(wanted, room))
            placed.append(Placed(column: position, x: column, width: width))
            column += width + TableColumns.gap
        }
        // NB: the last column shown takes what is left, so that a long text column reads as far as it can.
        if let last = placed.last, last.column == natural.count - 1 {
            let right = x + 1 + available
            placed[placed.count - 1] = Placed(column: last.column, x: last.x, width: max(last.width, right - last.x))
        }
        self.placed = placed
        hiddenLeft = first > 0
        hiddenRight = (placed.last?.column ?? natural.count) < natural.count - 1
    }

    /// The table column under a cell column, if any.
    func column(atX x: Int) -> Int? {
        placed.first { x >= $0.x && x < $0.x + $0.width + TableColumns.gap }?.column
    }
}
