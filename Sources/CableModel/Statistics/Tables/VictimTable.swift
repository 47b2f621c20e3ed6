/// The victims the cable counts: identified, assisted, returned, repatriated …, with their breakdown by category
/// (adults, minors, men, women; sex and labour trafficking).
public struct VictimTable: Sendable, Equatable {
    /// One count of victims.
    public struct Row: Sendable, Equatable {
        /// The figure.
        public let figure: Int
        /// What was done (`assisted`, `repatriated`), where the sentence says it.
        public let action: String?
        /// The categories (`adults`, `women`, `sex`, `labour`).
        public let categories: [String]
        /// The row of the whole it is a part of.
        public let partOf: Int?
    }

    /// Words whose presence in a figure's noun makes it a count of victims.
    static let victimWords: Set<String> = ["victim", "victims", "survivor", "survivors"]

    /// Actions that make a count of persons a count of victims (`rescued 35 children`).
    static let victimActions: Set<String> = ["rescued", "repatriated", "sheltered", "referred", "identified"]

    /// The rows in document order.
    public let rows: [Row]

    init(figures: [Figure]) {
        var isVictimCount = [Bool](repeating: false, count: figures.count)
        for figure in figures where figure.kind == .count && figure.attribution == nil {
            let words = (figure.countedNoun ?? "").lowercased().split(whereSeparator: { !$0.isLetter })
            let rescuedPersons =
                figure.action.map(VictimTable.victimActions.contains) == true
                && words.contains {
                    FigureVocabulary.personCategories[String($0)] != nil || $0 == "people" || $0 == "persons"
                }
            if words.contains(where: { VictimTable.victimWords.contains(String($0)) }) || rescuedPersons {
                isVictimCount[figure.id] = true
            } else if let whole = figure.partOf, isVictimCount[whole] {
                isVictimCount[figure.id] = true
            }
        }
        rows = figures.filter { isVictimCount[$0.id] }.map { figure in
            Row(figure: figure.id, action: figure.action, categories: figure.categories, partOf: figure.partOf)
        }
    }

    /// The rows with this action (`assisted`), in order.
    public func rows(action: String) -> [Row] { rows.filter { $0.action == action } }

    /// The table to show, its cells linking to the figures.
    func table(_ statistics: CableStatistics) -> StatisticsTable {
        let rows = rows.compactMap { row -> [StatisticsTable.Cell]? in
            guard let figure = statistics.figure(id: row.figure) else { return nil }
            let whole = row.partOf.flatMap(statistics.figure(id:))
            return [
                StatisticsTable.Cell(figure.action ?? "", figures: [figure.id]),
                StatisticsTable.Cell(figure.valueText, figures: [figure.id]),
                StatisticsTable.Cell(figure.countedNoun ?? "", figures: [figure.id]),
                StatisticsTable.Cell(row.categories.joined(separator: ", "), figures: [figure.id]),
                StatisticsTable.Cell(figure.period ?? "", figures: [figure.id]),
                StatisticsTable.Cell(
                    whole.map { "#\($0.id) " + FigureText.withUnit($0) } ?? "", figures: whole.map { [$0.id] } ?? []),
                StatisticsTable.Cell(figure.unitID, figures: [figure.id]),
            ]
        }
        return StatisticsTable(
            name: "victims", title: "Victims",
            columns: ["ACTION", "COUNT", "WHO", "CATEGORIES", "WHEN", "PART OF", "PARA"], rows: rows,
            emptyMessage: "No victim figures: the cable counts no victims.")
    }
}
