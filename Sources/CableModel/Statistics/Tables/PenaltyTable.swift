/// The penalties the cable says each statute prescribes: the basic term, aggravated terms and what aggravates them,
/// and fines.
public struct PenaltyTable: Sendable, Equatable {
    /// The penalties of one statute.
    public struct Row: Sendable, Equatable {
        /// The statute; nil when the text names none (`anti-OC legislation that carries …`).
        public let statute: String?
        /// The terms in the order the text gives them.
        public internal(set) var tiers: [PenaltyTier]
        /// The ids of amounts of money given as fines.
        public internal(set) var fines: [Int]

        /// The tiers of one kind.
        public func tiers(_ kind: PenaltyTier.Kind) -> [PenaltyTier] { tiers.filter { $0.kind == kind } }
    }

    /// The rows in order of first mention.
    public let rows: [Row]

    /// The row of a statute.
    public func row(statute: String?) -> Row? { rows.first { $0.statute == statute } }

    /// The terms and fines that the cable says a law prescribes, in order.
    static func prescribedTerms(_ figures: [Figure], cable: Cable) -> [Figure] {
        var prescribing: Set<String> = []
        var imposing: Set<String> = []
        let terms = figures.filter { PenaltyReader.isPenaltyTerm($0) && $0.attribution == nil }
        return terms.filter { figure in
            // NB: a term after one imposed in the same sentence is imposed too (`rarely draw sentences of more than
            // six years, with one or two years' imprisonment more common`), unless a prescriptive word comes between.
            let sentence = "\(figure.unitID)#\(figure.field)#\(figure.sentenceRange.lowerBound)"
            if PenaltyReader.isImposed(figure)
                || (imposing.contains(sentence)
                    && figure.wordsBefore.allSatisfy { !PenaltyReader.strongPrescriptiveWords.contains($0) })
            {
                imposing.insert(sentence)
                return false
            }
            // NB: a sentence that does not say it prescribes continues a paragraph that did (`Possible prison terms
            // increase to 15 to 20 years`), but not one that told of a sentence imposed.
            let paragraph = "\(figure.unitID)#\(PenaltyReader.paragraph(of: figure, in: cable))"
            if PenaltyReader.isPrescriptive(figure) {
                prescribing.insert(paragraph)
                return true
            }
            // NB: a term tied to a statute in a sentence that tells of no sentence imposed is what the statute sets
            // (`Article 168, aggravated corruption, imprisonment from four to ten years`).
            if figure.statute != nil, figure.sentenceWords.isDisjoint(with: PenaltyReader.imposedWords) { return true }
            return prescribing.contains(paragraph) && !PenaltyReader.isImposed(figure)
                && figure.sentenceWords.isDisjoint(with: PenaltyReader.imposedWords)
        }
    }

    init(figures: [Figure], cable: Cable) {
        self.init(prescribed: PenaltyTable.prescribedTerms(figures, cable: cable), cable: cable)
    }

    /// The table of the terms `prescribedTerms` found.
    init(prescribed penalties: [Figure], cable: Cable) {
        var rows: [Row] = []
        var carried: [String: String] = [:]
        for (order, figure) in penalties.enumerated() {
            // NB: a sentence without a statute continues the statute of the penalty before it in the same paragraph.
            let paragraph = "\(figure.unitID)#\(PenaltyReader.paragraph(of: figure, in: cable))"
            let statute = figure.statute ?? carried[paragraph]
            if let statute { carried[paragraph] = statute }
            var position = rows.firstIndex { $0.statute == statute }
            if position == nil {
                rows.append(Row(statute: statute, tiers: [], fines: []))
                position = rows.count - 1
            }
            guard let position else { continue }
            if figure.kind == .money {
                rows[position].fines.append(figure.id)
            } else {
                let next = order + 1 < penalties.count ? penalties[order + 1] : nil
                rows[position].tiers.append(
                    PenaltyReader.tier(figure, isFirst: rows[position].tiers.isEmpty, next: next))
            }
        }
        self.rows = rows.filter { !$0.tiers.isEmpty }
    }

    /// The table to show, its cells linking to the figures.
    func table(_ statistics: CableStatistics) -> StatisticsTable {
        let rows = rows.map { row -> [StatisticsTable.Cell] in
            let base = row.tiers.filter { $0.kind != .aggravated }
            let aggravated = row.tiers(.aggravated)
            let baseText = base.map(\.text).joined(separator: " or ")
            let fines = row.fines.compactMap(statistics.figure(id:)).map(\.valueText).joined(separator: "; ")
            return [
                StatisticsTable.Cell(row.statute ?? "—"),
                StatisticsTable.Cell(baseText, figures: base.map(\.figure)),
                StatisticsTable.Cell(aggravated.map(\.text).joined(separator: "; "), figures: aggravated.map(\.figure)),
                StatisticsTable.Cell(
                    aggravated.compactMap(\.condition).joined(separator: "; "), figures: aggravated.map(\.figure)),
                StatisticsTable.Cell(
                    fines.isEmpty && row.tiers.contains(where: \.withFine) ? "fine (amount not given)" : fines,
                    figures: row.fines),
            ]
        }
        return StatisticsTable(
            name: "penalties", title: "Penalties",
            columns: ["STATUTE", "PRESCRIBED", "AGGRAVATED", "AGGRAVATED WHEN", "FINES"], rows: rows,
            emptyMessage: "No penalties: the cable gives no prescribed terms of imprisonment.")
    }
}
