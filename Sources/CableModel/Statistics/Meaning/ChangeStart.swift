/// The figure a change starts from (`up from 25 last year`, `increased … from 2 to 10`) counts the period before
/// the figure it changed into: dated with it by their sentence, it takes the year before.
enum ChangeStart {
    /// Words right before `from` that make the figure after it where a change started (`up from 25`).
    static let directions: Set<String> = ["up", "down"]

    /// Dates each change's starting figure a year before the figure it is compared with, in place, where their
    /// sentence gave them the same year and the start names no date of its own (`up from 25 in 2007` keeps 2007).
    static func date(_ figures: inout [Figure]) {
        for index in figures.indices {
            guard let compared = comparedFigure(of: index, in: figures), let year = figures[compared].year,
                figures[index].year == year, !namesItsOwnPeriod(figures[index])
            else { continue }
            figures[index].year = year - 1
            figures[index].period = nil
        }
    }

    /// The figure that the one at `index` changed into: the one before it for `N, up from M`, the one after it
    /// for `from M to N` after a change verb; nil when it starts no change.
    static func comparedFigure(of index: Int, in figures: [Figure]) -> Int? {
        let figure = figures[index]
        guard figure.wordsBefore.last == "from", figure.kind == .count || figure.kind == .money else { return nil }
        let before = figure.wordsBefore.dropLast()
        if let direction = before.last, directions.contains(direction) {
            return index > 0 && isSameSentence(figures[index - 1], figure) ? index - 1 : nil
        }
        guard before.suffix(8).contains(where: isChangeVerb), index + 1 < figures.count,
            isSameSentence(figures[index + 1], figure), figures[index + 1].wordsBefore == ["to"]
        else { return nil }
        return index + 1
    }

    /// Whether the clause after the figure writes the period it was dated with (`25 in 2007`).
    private static func namesItsOwnPeriod(_ figure: Figure) -> Bool {
        guard let period = figure.period, !period.isEmpty else { return false }
        return figure.textAfter.lowercased().contains(period.lowercased())
    }

    private static func isSameSentence(_ a: Figure, _ b: Figure) -> Bool {
        a.unitID == b.unitID && a.field == b.field && a.sentenceRange == b.sentenceRange
    }

    /// `increased`, `fell`, `rose`: a verb of change (not `up` or `down`, which need `from` right after them).
    private static func isChangeVerb(_ word: String) -> Bool {
        !directions.contains(word) && PhraseReader.changeStems.contains { word.hasPrefix($0) }
    }
}
