/// The enforcement, victims or penalties figures of many cables: one row per cable, year, statute and action, with
/// the country and the report's year. The cables of one report (its parts, an update) are joined: an update's row
/// replaces the row of the cable it updates for the same year, statute and action, and each row names its cable.
/// Figures the cable reports as denied or alleged are left out (the table of one cable keeps them, marked).
public struct ReportTable: Sendable, Equatable {
    /// Which table.
    public enum Kind: String, Sendable, CaseIterable {
        case enforcement, victims, penalties

        /// The table's title (`Law enforcement`).
        public var title: String {
            switch self {
            case .enforcement: "Law enforcement"
            case .victims: "Victims"
            case .penalties: "Penalties"
            }
        }

        /// The figures' relevance that puts them in this table.
        var relevance: FigureRelevance {
            switch self {
            case .enforcement: .enforcement
            case .victims: .victims
            case .penalties: .penalties
            }
        }
    }

    /// One cable's figures for one year, statute and action.
    public struct Row: Sendable, Equatable {
        /// The cable that gives the figures, and its report.
        public let report: ReportIdentity
        /// The year the figures apply to, when the text dates them.
        public let year: Int?
        /// The period as written, when a span dates them.
        public let period: String?
        /// The statute, when the text names one.
        public let statute: String?
        /// The action, in the questionnaire's terms.
        public let action: ReportedAction?
        /// The figures, in document order.
        public internal(set) var figures: [ReportFigure]

        /// What joins rows of one report: the same year (else the same period), statute and action.
        var key: String {
            "\(year.map(String.init) ?? period ?? "")|\(statute ?? "")|\(action?.rawValue ?? "")"
        }
    }

    /// The table's kind.
    public let kind: Kind
    /// The rows: by country, report year, then in the order the cables gave them.
    public let rows: [Row]

    /// The table of `kind` over cables, each given with its identity and its figures.
    public init(_ kind: Kind, cables: [(report: ReportIdentity, figures: [ReportFigure])]) {
        self.kind = kind
        var rows: [Row] = []
        for group in ReportTable.reports(cables) {
            var joined: [Row] = []
            for (report, figures) in group {
                let stated = figures.filter { $0.relevance == kind.relevance && $0.attribution == nil }
                let own = ReportTable.rows(of: stated, report: report)
                // NB: an update replaces what the cable before it said for the same year, statute and action.
                let replaced = report.isUpdate ? Set(own.map(\.key)) : []
                joined = joined.filter { !replaced.contains($0.key) } + own
            }
            rows += joined
        }
        self.rows = rows
    }

    /// The cables grouped by report (country and report year), each group's updates after its originals; groups in
    /// order of country and year.
    static func reports(_ cables: [(report: ReportIdentity, figures: [ReportFigure])])
        -> [[(report: ReportIdentity, figures: [ReportFigure])]]
    {
        var groups: [String: [(report: ReportIdentity, figures: [ReportFigure])]] = [:]
        for cable in cables {
            groups["\(cable.report.country ?? "")|\(cable.report.reportYear ?? 0)", default: []].append(cable)
        }
        return groups.sorted { $0.key < $1.key }.map { _, group in
            group.enumerated().sorted { a, b in
                a.element.report.isUpdate != b.element.report.isUpdate
                    ? !a.element.report.isUpdate : a.offset < b.offset
            }.map(\.element)
        }
    }

    /// One cable's rows: its figures grouped by year, period, statute and action, in order of first figure.
    static func rows(of figures: [ReportFigure], report: ReportIdentity) -> [Row] {
        var rows: [Row] = []
        for figure in figures {
            let row = Row(
                report: report, year: figure.year, period: figure.period, statute: figure.statute,
                action: figure.action, figures: [figure])
            if let position = rows.firstIndex(where: { $0.key == row.key }) {
                rows[position].figures.append(figure)
            } else {
                rows.append(row)
            }
        }
        return rows
    }
}
