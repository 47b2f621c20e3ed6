/// Law enforcement figures per year (or period) and statute: the numbers investigated or opened, arrested,
/// prosecuted, convicted and sentenced.
public struct EnforcementTable: Sendable, Equatable {
    /// A stage of a criminal case.
    public enum Stage: String, Sendable, CaseIterable {
        case investigated, arrested, prosecuted, convicted, sentenced

        /// The column heading.
        public var heading: String {
            switch self {
            case .investigated: "INVESTIGATED/OPENED"
            default: rawValue.uppercased()
            }
        }

        /// The stage an action counts, if any (`opened` and `investigated` are both investigations).
        public init?(action: String) {
            switch action {
            case "opened", "investigated": self = .investigated
            case "arrested": self = .arrested
            case "prosecuted": self = .prosecuted
            case "convicted": self = .convicted
            case "sentenced": self = .sentenced
            default: return nil
            }
        }
    }

    /// One row: a year or period and a statute, with the figures of each stage.
    public struct Row: Sendable, Equatable {
        /// The year (`2009`) or period as written (`from July 2008 to June 2009`); nil when the sentence names none.
        public let when: String?
        /// The statute; nil when the sentence names none.
        public let statute: String?
        /// The ids of the figures of each stage, in document order.
        public internal(set) var figures: [Stage: [Int]]
    }

    /// The rows in order of their first figure.
    public let rows: [Row]

    init(figures: [Figure]) {
        var rows: [Row] = []
        for figure in figures where figure.kind == .count && figure.attribution == nil && figure.relevance.isReported {
            guard let action = figure.action, let stage = Stage(action: action) else { continue }
            let when = figure.year.map(String.init) ?? figure.period
            if let position = rows.firstIndex(where: { $0.when == when && $0.statute == figure.statute }) {
                rows[position].figures[stage, default: []].append(figure.id)
            } else {
                rows.append(Row(when: when, statute: figure.statute, figures: [stage: [figure.id]]))
            }
        }
        self.rows = rows
    }

    /// The figures of `stage` in the row for `when` and `statute` (nil matches rows that name none).
    public func figures(_ stage: Stage, when: String?, statute: String?) -> [Int] {
        rows.first { $0.when == when && $0.statute == statute }?.figures[stage] ?? []
    }

    /// The table to show, its cells linking to the figures.
    func table(_ statistics: CableStatistics) -> StatisticsTable {
        let rows = rows.map { row in
            [
                StatisticsTable.Cell(row.when ?? "—"), StatisticsTable.Cell(row.statute ?? "—"),
            ]
                + Stage.allCases.map { stage in
                    let ids = row.figures[stage] ?? []
                    let text = ids.compactMap(statistics.figure(id:)).map(FigureText.withUnit).joined(separator: "; ")
                    return StatisticsTable.Cell(text, figures: ids)
                }
        }
        return StatisticsTable(
            name: "enforcement", title: "Law enforcement",
            columns: ["WHEN", "STATUTE"] + Stage.allCases.map(\.heading),
            rows: rows,
            emptyMessage:
                "No law enforcement figures: the cable counts no cases investigated, prosecuted, convicted or sentenced."
        )
    }
}
