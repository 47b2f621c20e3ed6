import CableModel

/// Reads the pivot of a cable list: each cable parsed from its source and its figures read as `stats --pivot` reads
/// them, a page of rows at a time, saying how far it got after each cable and stopping when told to.
public enum PivotReading {
    /// How many rows are read from the source at a time.
    static let page = 100

    /// The figures the pivot's columns are read from: the enforcement and victims tables'.
    static let pivotRelevance: Set<FigureRelevance> = [.enforcement, .victims]

    /// The pivot of every cable of `source`, read with `knowledge`; `progress(read, total)` after each cable, and a
    /// false answer stops the reading, which then gives nil. A cable that cannot be read is left out.
    public static func pivot(
        of source: any CableListSource, knowledge: GeneralKnowledge, progress: (Int, Int) -> Bool
    ) throws(CableListError) -> ReportPivot? {
        let count = source.count
        var reports: [(report: ReportIdentity, figures: [ReportFigure])] = []
        for start in stride(from: 0, to: count, by: page) {
            for (offset, row) in try source.rows(start..<min(count, start + page)).enumerated() {
                if let cable = try? source.cable(row) {
                    let (report, figures) = IndexedCable.report(of: cable, knowledge: knowledge)
                    // NB: only these figures reach the pivot's tables; a long list keeps nothing more of its cables.
                    reports.append((report, figures.filter { pivotRelevance.contains($0.relevance) }))
                }
                guard progress(start + offset + 1, count) else { return nil }
            }
        }
        return ReportPivot(cables: reports)
    }
}
