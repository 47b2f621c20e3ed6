/// Short texts for figures in table cells.
enum FigureText {
    /// The value and its noun: `12 criminal cases`, `40–50 local officials`.
    static func withUnit(_ figure: Figure) -> String {
        guard let unit = figure.countedNoun, figure.currency == nil else { return figure.valueText }
        return figure.valueText + " " + unit
    }
}
