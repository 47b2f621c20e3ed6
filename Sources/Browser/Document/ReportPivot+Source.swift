import CableModel

extension ReportPivot.Cell {
    /// The figure that gives the cell's number, with the id of its cable: the one equal to it (the total the text
    /// gives), else the first of the figures summed.
    public var givingFigure: (cable: String, figure: ReportFigure)? {
        let figures = rows.flatMap { row in row.figures.map { (cable: row.report.cable, figure: $0) } }
        return figures.first { $0.figure.magnitude == value } ?? figures.first
    }
}

extension ReportPivot.Row {
    /// The ids of the cables its cells come from, each once, in the order met.
    public var cables: [String] {
        var seen: [String] = []
        for column in ReportPivot.Column.allCases {
            for row in cells[column]?.rows ?? [] where !seen.contains(row.report.cable) {
                seen.append(row.report.cable)
            }
        }
        return seen
    }
}
