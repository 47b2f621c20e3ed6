extension IndexedCable {
    /// A cable as one report of the tables across cables: which report it belongs to (country, report year, part,
    /// update) and its figures, read under the statutes its index finds, as `stats` reads them.
    public static func report(of cable: Cable, knowledge: GeneralKnowledge) -> (
        report: ReportIdentity, figures: [ReportFigure]
    ) {
        (
            report: ReportIdentity(cable, knowledge: knowledge),
            figures: IndexedCable(cable, knowledge: knowledge).statistics.figures.map(ReportFigure.init)
        )
    }
}
