import CableModel

extension BrowserState {
    /// Shows a figure read for the library's pivot: the reader at its sentence, the cursor on the sentence, and the
    /// status line saying what it gives: the cell's number (`total`) itself, or the first of the `summed` figures that
    /// add up to it. Opening the cable began its jump list, so Backspace goes back to the pivot.
    mutating func revealSentence(of figure: ReportFigure, cable id: String, total: Double, summed: Int) {
        guard let unit = document.cable.position(of: figure.unitID) else { return }
        let span = FieldSpan(unit: unit, field: figure.field, range: figure.sentenceRange)
        reveal(span, as: .sentence)
        // NB: a cable just opened shows its first lines; the sentence goes where a reveal puts it even when one of
        // those lines, at the bottom, already holds it.
        scrollReader(toShow: span)
        let value = figure.value.map { PivotLayout.text(of: $0) } ?? PivotLayout.text(of: figure.magnitude)
        let action = figure.action.map { " \($0.rawValue)" } ?? ""
        let year = figure.year.map { " in \($0)" } ?? ""
        let sum =
            figure.magnitude == total
            ? "" : ", the first of \(summed) figures adding up to \(PivotLayout.text(of: total))"
        message = StatusMessage("\(id) ¶\(figure.unitID): \(value)\(action)\(year)\(sum)")
    }
}
