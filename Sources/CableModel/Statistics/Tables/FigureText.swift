/// Short texts for figures in table cells.
enum FigureText {
    /// The value and its noun: `24 criminal cases`, `250–300 Tajik officials`.
    static func withUnit(_ figure: Figure) -> String {
        guard let unit = figure.countedNoun, figure.currency == nil else { return figure.valueText }
        return figure.valueText + " " + unit
    }
}
