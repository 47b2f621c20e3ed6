/// The figures as records of plain values, one column per field, for CSV: numbers as numbers, no `#` before ids,
/// no `—` for nothing, the value apart from its noun.
public enum FigureRecords {
    /// The columns, in order.
    public static let columns = [
        "cable", "id", "value", "low", "high", "qualifier", "currency", "kind", "unit", "category", "action", "verb",
        "relevance", "attribution", "year", "period", "statute", "part_of", "paragraph", "start", "end", "quote",
        "sentence",
    ]

    /// The figures of `statistics` as a table of records, the cable named `cable` in the first column; reported
    /// figures first, context last.
    public static func table(_ statistics: CableStatistics, cable: String) -> StatisticsTable {
        let rows = statistics.figuresByRelevance.map { figure in
            record(figure, cable: cable).map { StatisticsTable.Cell($0, figures: [figure.id]) }
        }
        return StatisticsTable(
            name: "figures", title: "Figures", columns: columns, rows: rows,
            emptyMessage: "No figures: the cable reports no numbers.")
    }

    /// One figure's fields in the order of `columns`; an absent field is empty.
    static func record(_ figure: Figure, cable: String) -> [String] {
        [
            cable, String(figure.id), number(figure.value), number(figure.low), number(figure.high),
            figure.qualifier?.rawValue ?? "", figure.currency ?? "", figure.kind.rawValue, figure.countedNoun ?? "",
            figure.category?.rawValue ?? "", figure.reportedAction?.rawValue ?? "", figure.action ?? "",
            figure.relevance.rawValue, figure.attribution?.rawValue ?? "", figure.year.map(String.init) ?? "",
            figure.period ?? "", figure.statute ?? "",
            figure.partOf.map(String.init) ?? "", figure.unitID, String(figure.range.lowerBound),
            String(figure.range.upperBound), figure.quote, figure.sentence,
        ]
    }

    /// A number as digits, without a fraction when it has none (`24`, `4.5`); empty when absent.
    static func number(_ value: Double?) -> String {
        guard let value else { return "" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
