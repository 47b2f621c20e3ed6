/// The statistics in the export format: `statistics` (one object per figure) and `tables`.
public enum StatisticsExport {
    /// The members that `CableExport.json(_:extra:)` adds for the statistics.
    public static func members(_ statistics: CableStatistics) -> [(String, JSONValue)] {
        [
            ("statistics", .array(statistics.figures.map(figure))),
            ("ages", .array(statistics.ages.map(figure))),
            ("tables", tables(statistics.tables)),
        ]
    }

    /// The statistics alone: figures, ages and `tables` (all tables, or the ones given).
    public static func json(_ statistics: CableStatistics, tables chosen: [StatisticsTable]? = nil) -> JSONValue {
        .object([
            ("statistics", .array(statistics.figures.map(figure))),
            ("ages", .array(statistics.ages.map(figure))),
            ("tables", tables(chosen ?? statistics.tables)),
        ])
    }

    /// One figure: `value`, `low`, `high` (numbers), `qualifier`, `unit` (the counted noun), `category`, `action`
    /// (in the questionnaire's terms), `verb` (as read), `relevance`, `year`, `period`, `statute`, `partOf`,
    /// `paragraph` (the unit id), `start`, `end` (scalar offsets in the field), `quote`, and more.
    public static func figure(_ figure: Figure) -> JSONValue {
        .object([
            ("id", .integer(figure.id)),
            ("kind", .string(figure.kind.rawValue)),
            ("value", .optional(figure.value)),
            ("low", .optional(figure.low)),
            ("high", .optional(figure.high)),
            ("qualifier", .optional(figure.qualifier?.rawValue)),
            ("currency", .optional(figure.currency)),
            ("unit", .optional(figure.countedNoun)),
            ("category", .optional(figure.category?.rawValue)),
            ("action", .optional(figure.reportedAction?.rawValue)),
            ("verb", .optional(figure.action)),
            ("relevance", .string(figure.relevance.rawValue)),
            ("year", .optional(figure.year)),
            ("period", .optional(figure.period)),
            ("statute", .optional(figure.statute)),
            ("partOf", .optional(figure.partOf)),
            ("categories", .array(figure.categories.map(JSONValue.string))),
            ("attribution", .optional(figure.attribution?.rawValue)),
            ("writtenTwice", .bool(figure.writtenTwice)),
            ("paragraph", .string(figure.unitID)),
            ("field", .string(figure.field.rawValue)),
            ("start", .integer(figure.range.lowerBound)),
            ("end", .integer(figure.range.upperBound)),
            ("quote", .string(figure.quote)),
            ("sentence", .string(figure.sentence)),
        ])
    }

    /// The tables as an object keyed by name; each has its title, columns, rows and the figures behind each cell.
    public static func tables(_ tables: [StatisticsTable]) -> JSONValue {
        .object(
            tables.map { table in
                (
                    table.name,
                    .object([
                        ("title", .string(table.title)),
                        ("columns", .array(table.columns.map(JSONValue.string))),
                        ("rows", .array(table.rows.map { row in .array(row.map(cell)) })),
                        ("empty", table.isEmpty ? .string(table.emptyMessage) : .null),
                    ])
                )
            })
    }

    private static func cell(_ cell: StatisticsTable.Cell) -> JSONValue {
        .object([("text", .string(cell.text)), ("figures", .array(cell.figures.map(JSONValue.integer)))])
    }
}
