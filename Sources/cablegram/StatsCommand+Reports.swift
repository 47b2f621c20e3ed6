import CableModel

extension StatsCommand {
    /// A cable as a report: its identity and its figures.
    static func report(_ cable: Cable) -> (report: ReportIdentity, figures: [ReportFigure]) {
        IndexedCable.report(of: cable, knowledge: BundledKnowledge.lists)
    }

    /// The cross-cable table chosen with `--table`, or the pivot, over the reports given, as plain text, CSV or JSON.
    func printAcrossCables(_ reports: [(report: ReportIdentity, figures: [ReportFigure])]) {
        let kind = ReportTable.Kind(rawValue: table?.rawValue ?? "") ?? .enforcement
        if pivot {
            let pivot = ReportPivot(cables: reports)
            print(json ? ReportExport.json(pivot).prettyPrinted() : text(ReportExport.pivot(pivot)), terminator: "")
        } else {
            let table = ReportTable(kind, cables: reports)
            print(json ? ReportExport.json(table).prettyPrinted() : text(ReportExport.records(table)), terminator: "")
        }
        if json { print("") }
    }

    /// A table as CSV, else as plain text fitted to the terminal (its controls visible there).
    private func text(_ table: StatisticsTable) -> String {
        if csv { return TableText.csv(table) }
        let shown = StandardStreams.outputIsTerminal ? StatsCommand.visible(table) : table
        return TableText.plain(shown, width: StandardStreams.terminalWidth)
    }
}
