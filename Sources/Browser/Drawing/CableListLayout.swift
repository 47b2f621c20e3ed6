/// Where the cable list's columns sit at a width: the fixed columns as wide as the rows shown need (within a cap),
/// a hit count when the filter has words, and the subject in all the width left.
struct CableListLayout: Hashable {
    /// A column's place: its left edge and width.
    struct Place: Hashable {
        /// The column, or nil for the hit count.
        let column: CableListColumn?
        /// The first screen column.
        let x: Int
        /// How many screen columns.
        let width: Int
    }

    /// The screen row of the column headings.
    static let headingRow = 2
    /// The screen row of the list's first cable.
    static let firstRow = 3
    /// The widest each fixed column grows.
    static let caps: [CableListColumn: Int] = [.date: 10, .id: 17, .origin: 14, .classification: 14]
    /// The heading of the hit count.
    static let hitsHeading = "Hits"

    /// The columns in order, the subject last.
    let places: [Place]

    /// Lays out the columns for `rows` in `width` screen columns (gaps of two where the width allows, else one), the
    /// heading of the column the list is sorted by (`order`) with room for its arrow.
    init(
        width: Int, rows: [CableListRow], order: CableListOrder = CableListOrder(),
        displayWidth: DisplayWidth = .unicodeTable
    ) {
        let gap = width >= 120 ? 2 : 1
        var x = 1
        var places: [Place] = []
        for column in CableListColumn.allCases where column != .subject {
            let widest = rows.map { displayWidth.width(of: $0.text(in: column)) }.max() ?? 0
            let heading = displayWidth.width(of: Self.heading(column, order: order))
            // NB: a page of cables without dates (or with short origins) would otherwise cut the heading's arrow.
            let columnWidth = min(Self.caps[column] ?? 0, max(heading, widest))
            places.append(Place(column: column, x: x, width: columnWidth))
            x += columnWidth + gap
        }
        if rows.contains(where: { $0.hits != nil }) {
            places.append(Place(column: nil, x: x, width: Self.hitsHeading.count))
            x += Self.hitsHeading.count + gap
        }
        places.append(Place(column: .subject, x: x, width: max(0, width - x)))
        self.places = places
    }

    /// The heading of `column` as drawn: with an arrow when the list is sorted by it.
    static func heading(_ column: CableListColumn, order: CableListOrder) -> String {
        column == order.column ? column.heading + (order.descending ? " ↓" : " ↑") : column.heading
    }

    /// The column under a screen column, if any (the hit count is not one).
    func column(at x: Int) -> CableListColumn? {
        places.last { $0.x <= max(x, 1) }?.column
    }
}
