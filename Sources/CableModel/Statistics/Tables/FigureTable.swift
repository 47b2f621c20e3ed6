/// The table of every figure: value, what it counts, the action, when, under which statute, part of what, where;
/// enforcement, victims, penalty and money figures first, context last.
///
/// NB: the MARK column says a figure is `denied` or `alleged`, so that no reader of the text table or the
/// browser's pane takes it for a fact; it stands right after the value, where a narrow pane still shows it.
enum FigureTable {
    static func table(_ statistics: CableStatistics) -> StatisticsTable {
        let rows = statistics.figuresByRelevance.map { figure in
            [
                StatisticsTable.Cell("#\(figure.id)", figures: [figure.id]),
                StatisticsTable.Cell(figure.valueText, figures: [figure.id]),
                StatisticsTable.Cell(figure.attribution?.rawValue ?? "", figures: [figure.id]),
                StatisticsTable.Cell(figure.countedNoun ?? "", figures: [figure.id]),
                StatisticsTable.Cell(figure.category?.rawValue ?? "", figures: [figure.id]),
                StatisticsTable.Cell(figure.action ?? "", figures: [figure.id]),
                StatisticsTable.Cell(figure.period ?? figure.year.map(String.init) ?? "", figures: [figure.id]),
                StatisticsTable.Cell(figure.statute ?? "", figures: [figure.id]),
                StatisticsTable.Cell(figure.partOf.map { "#\($0)" } ?? "", figures: figure.partOf.map { [$0] } ?? []),
                StatisticsTable.Cell(figure.unitID, figures: [figure.id]),
                StatisticsTable.Cell(figure.sentence, figures: [figure.id]),
            ]
        }
        return StatisticsTable(
            name: "figures", title: "Figures",
            columns: [
                "ID", "VALUE", "MARK", "UNIT", "CATEGORY", "ACTION", "WHEN", "STATUTE", "PART OF", "PARA", "SENTENCE",
            ],
            rows: rows,
            emptyMessage: "No figures: the cable reports no numbers.")
    }
}
