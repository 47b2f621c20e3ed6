import CableModel

/// The pivot pane of the library's list: country by year (investigated, prosecuted, convicted, victims identified)
/// over the cables the list holds, the reading that computes it off the key loop, and the selected cell.
public struct LibraryPivot {
    /// How far a reading of the list's cables has got.
    public struct Progress: Hashable, Sendable {
        /// The cables read so far.
        public let read: Int
        /// The cables to read.
        public let total: Int
    }

    /// Whether the pane shows in place of the list.
    public internal(set) var shows = false
    /// The pivot last read, and the filter of the list it was read for.
    public internal(set) var answer: (filter: String, pivot: ReportPivot)?
    /// The reading asked for and not yet started: the event loop takes it (`takePivotRequest`) and runs it off the
    /// key loop.
    public internal(set) var request: CableListRequest?
    /// The reading under way (asked for, not yet answered), and how far it has got.
    public internal(set) var reading: (request: CableListRequest, progress: Progress)?
    /// The list too long to read without asking, while the pane asks whether to read it: its filter and its count.
    public internal(set) var question: (filter: String, count: Int)?
    /// The longest list whose pivot is read without asking first (`$CABLEGRAM_PIVOT_ASKS_ABOVE`, else
    /// `longestUnasked`).
    public internal(set) var readsWithoutAsking = LibraryPivot.longestUnasked
    /// The number of the latest reading asked for: progress or an answer of an older one is dropped.
    var generation = 0
    /// The selected row of the pivot.
    public internal(set) var row = 0
    /// The selected column, a position in `ReportPivot.Column.allCases`.
    public internal(set) var column = 0
    /// The first row shown.
    public internal(set) var scroll = 0

    /// The longest list read without asking, unless set otherwise: 1,000 cables take 3 to 7 seconds to read
    /// (docs/DECISIONS.md).
    public static let longestUnasked = 1000

    /// The rows of the pivot shown (none before the first answer).
    public var rows: [ReportPivot.Row] { answer?.pivot.rows ?? [] }

    /// The selected column.
    public var selectedColumn: ReportPivot.Column { ReportPivot.Column.allCases[column] }

    /// The selected row, when there is one.
    public var selectedRow: ReportPivot.Row? { rows.indices.contains(row) ? rows[row] : nil }

    /// Selects the row at `position` (kept within the pivot) and scrolls the least that shows it in `height` rows.
    mutating func select(row position: Int, height: Int) {
        row = max(0, min(rows.count - 1, position))
        if row < scroll { scroll = row }
        if row >= scroll + height { scroll = row - height + 1 }
        scroll = max(0, min(scroll, rows.count - height))
    }

    /// Selects the column `delta` places away, kept within the columns.
    mutating func moveColumn(by delta: Int) {
        column = max(0, min(ReportPivot.Column.allCases.count - 1, column + delta))
    }
}
