/// A table derived from the figures, ready to show or export: titled columns and rows of cells, each cell linking
/// back to the figures it shows (and so to their sentences).
public struct StatisticsTable: Sendable, Equatable {
    /// One cell: its text and the ids of the figures behind it.
    public struct Cell: Sendable, Equatable {
        /// What the cell shows.
        public let text: String
        /// The ids of the figures the cell shows (in `CableStatistics.figures`).
        public let figures: [Int]

        /// Creates a cell.
        public init(_ text: String, figures: [Int] = []) {
            self.text = text
            self.figures = figures
        }
    }

    /// The name used on the command line and in exports (`figures`, `enforcement`, `penalties`, `victims`).
    public let name: String
    /// The title to show above it.
    public let title: String
    /// The column headings.
    public let columns: [String]
    /// The rows, each with one cell per column.
    public let rows: [[Cell]]
    /// What to say when there are no rows.
    public let emptyMessage: String

    /// Creates a table.
    public init(name: String, title: String, columns: [String], rows: [[Cell]], emptyMessage: String) {
        self.name = name
        self.title = title
        self.columns = columns
        self.rows = rows
        self.emptyMessage = emptyMessage
    }

    /// Whether the table has nothing to show.
    public var isEmpty: Bool { rows.isEmpty }

    /// The ids of every figure the table shows, in order of first appearance.
    public var figureIDs: [Int] {
        var seen = Set<Int>()
        return rows.flatMap { $0.flatMap(\.figures) }.filter { seen.insert($0).inserted }
    }
}
