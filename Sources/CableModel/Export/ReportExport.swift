/// The cross-cable tables and the pivot as statistics tables (for plain text and CSV) and as JSON: plain values,
/// one record per figure, each naming its cable and unit.
public enum ReportExport {
    /// The columns of a cross-cable table's records.
    public static let columns = [
        "country", "report_year", "cable", "part", "update", "year", "period", "statute", "action", "category",
        "value", "low", "high", "qualifier", "paragraph", "figure", "sentence",
    ]

    /// The table as records: one per figure, with its row's country, report, year, statute and action.
    public static func records(_ table: ReportTable) -> StatisticsTable {
        let rows = table.rows.flatMap { row in
            row.figures.map { figure in record(row, figure).map { StatisticsTable.Cell($0, figures: [figure.id]) } }
        }
        return StatisticsTable(
            name: table.kind.rawValue, title: "\(table.kind.title) across cables", columns: columns,
            rows: rows, emptyMessage: "No \(table.kind.rawValue) figures in these cables.")
    }

    private static func record(_ row: ReportTable.Row, _ figure: ReportFigure) -> [String] {
        let report = row.report
        return [
            report.country ?? "", report.reportYear.map(String.init) ?? "", report.cable,
            report.part.map { "\($0) of \(report.partCount ?? 0)" } ?? "", report.isUpdate ? "yes" : "",
            row.year.map(String.init) ?? "", row.period ?? "", row.statute ?? "", row.action?.rawValue ?? "",
            figure.category?.rawValue ?? "", FigureRecords.number(figure.value), FigureRecords.number(figure.low),
            FigureRecords.number(figure.high), figure.qualifier?.rawValue ?? "", figure.unitID, String(figure.id),
            figure.sentence,
        ]
    }

    /// The pivot: country and year, then a column of numbers per `ReportPivot.Column`, and the cables they come from.
    public static func pivot(_ pivot: ReportPivot) -> StatisticsTable {
        let rows = pivot.rows.map { row in
            let cables = Set(row.cells.values.flatMap { $0.rows.map(\.report.cable) }).sorted()
            return [StatisticsTable.Cell(row.country ?? ""), StatisticsTable.Cell(String(row.year))]
                + ReportPivot.Column.allCases.map { column in
                    StatisticsTable.Cell(
                        row.cells[column].map { FigureRecords.number($0.value) } ?? "",
                        figures: row.cells[column]?.rows.flatMap { $0.figures.map(\.id) } ?? [])
                } + [StatisticsTable.Cell(cables.joined(separator: " "))]
        }
        return StatisticsTable(
            name: "pivot", title: "Country by year",
            columns: ["country", "year"] + ReportPivot.Column.allCases.map(\.rawValue) + ["cables"], rows: rows,
            emptyMessage: "No dated enforcement or victims figures in these cables.")
    }

    /// The pivot as JSON: one object per country and year, each column's value and the cable and unit of each figure.
    public static func json(_ pivot: ReportPivot) -> JSONValue {
        .array(
            pivot.rows.map { row in
                .object(
                    [("country", .optional(row.country)), ("year", .integer(row.year))]
                        + ReportPivot.Column.allCases.compactMap { column in
                            row.cells[column].map { cell in (column.rawValue, self.cell(cell)) }
                        })
            })
    }

    /// A cross-cable table as JSON: one object per row with its figures.
    public static func json(_ table: ReportTable) -> JSONValue {
        .array(
            table.rows.map { row in
                .object([
                    ("country", .optional(row.report.country)), ("reportYear", .optional(row.report.reportYear)),
                    ("cable", .string(row.report.cable)), ("update", .bool(row.report.isUpdate)),
                    ("year", .optional(row.year)), ("period", .optional(row.period)),
                    ("statute", .optional(row.statute)), ("action", .optional(row.action?.rawValue)),
                    ("figures", .array(row.figures.map(figure))),
                ])
            })
    }

    private static func cell(_ cell: ReportPivot.Cell) -> JSONValue {
        .object([
            ("value", .optional(cell.value)),
            (
                "from",
                .array(
                    cell.rows.flatMap { row in
                        row.figures.map { figure in
                            .object([
                                ("cable", .string(row.report.cable)), ("paragraph", .string(figure.unitID)),
                                ("figure", .integer(figure.id)),
                            ])
                        }
                    })
            ),
        ])
    }

    private static func figure(_ figure: ReportFigure) -> JSONValue {
        .object([
            ("id", .integer(figure.id)), ("value", .optional(figure.value)),
            ("low", .optional(figure.low)), ("high", .optional(figure.high)),
            ("qualifier", .optional(figure.qualifier?.rawValue)), ("category", .optional(figure.category?.rawValue)),
            ("paragraph", .string(figure.unitID)), ("sentence", .string(figure.sentence)),
        ])
    }
}
