/// Country by year: the numbers investigated, prosecuted, convicted and the victims identified, across the cables
/// of many reports, so that countries and years compare at a glance.
public struct ReportPivot: Sendable, Equatable {
    /// A column of the pivot.
    public enum Column: String, Sendable, CaseIterable {
        case investigated, prosecuted, convicted
        case victimsIdentified = "victims identified"

        /// The table and the action whose figures fill the column.
        var source: (kind: ReportTable.Kind, action: ReportedAction) {
            switch self {
            case .investigated: (.enforcement, .investigated)
            case .prosecuted: (.enforcement, .prosecuted)
            case .convicted: (.enforcement, .convicted)
            case .victimsIdentified: (.victims, .identified)
            }
        }
    }

    /// One cell: the number and the figures it comes from.
    public struct Cell: Sendable, Equatable {
        /// The number: the figure that names no statute when there is one (the total), else the sum over statutes.
        public let value: Double
        /// The rows whose figures make it, each naming its cable and unit.
        public let rows: [ReportTable.Row]
    }

    /// One row: a country and a year.
    public struct Row: Sendable, Equatable {
        /// The country; nil when the cables do not say.
        public let country: String?
        /// The year the figures apply to.
        public let year: Int
        /// The cells by column; a column without figures has none.
        public internal(set) var cells: [Column: Cell]
    }

    /// The rows, by country then year.
    public let rows: [Row]

    /// The pivot of cables, each given with its identity and its figures: their enforcement and victims tables.
    public init(cables: [(report: ReportIdentity, figures: [ReportFigure])]) {
        self.init(
            enforcement: ReportTable(.enforcement, cables: cables), victims: ReportTable(.victims, cables: cables))
    }

    /// The pivot of the enforcement and victims tables of the same cables. Figures without a year are left out.
    public init(enforcement: ReportTable, victims: ReportTable) {
        var sources: [String: (country: String?, year: Int, rows: [Column: [ReportTable.Row]])] = [:]
        for column in Column.allCases {
            let table = column.source.kind == .enforcement ? enforcement : victims
            for row in table.rows where row.action == column.source.action {
                guard let year = row.year else { continue }
                let key = "\(row.report.country ?? "")|\(year)"
                var entry = sources[key] ?? (row.report.country, year, [:])
                entry.rows[column, default: []].append(row)
                sources[key] = entry
            }
        }
        rows = sources.sorted { $0.key < $1.key }.map { _, entry in
            Row(country: entry.country, year: entry.year, cells: entry.rows.mapValues(ReportPivot.cell))
        }
    }

    /// The cell of a country, year and column's rows: the largest figure that names no statute and is no part of
    /// another (the total the text gives), else the sum of the figures under each statute.
    static func cell(_ rows: [ReportTable.Row]) -> Cell {
        let totals = rows.filter { $0.statute == nil }.flatMap(\.figures).filter { !$0.isPart }
        if let total = totals.map(\.magnitude).max() {
            return Cell(value: total, rows: rows.filter { $0.statute == nil })
        }
        let underStatutes = rows.filter { $0.statute != nil }
        let counted = underStatutes.isEmpty ? rows : underStatutes
        let sum = counted.flatMap(\.figures).filter { !$0.isPart || underStatutes.isEmpty }.map(\.magnitude)
            .reduce(0, +)
        return Cell(value: sum, rows: counted)
    }
}
