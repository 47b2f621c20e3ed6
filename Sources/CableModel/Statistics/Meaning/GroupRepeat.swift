/// A count that names again a group the cable already reported (`four women were forced into prostitution … All
/// four women had a residence permit`, `the five workers`, `All four were`) is reported as that group was, and so
/// is a part taken from it (`at least two of the workers`).
enum GroupRepeat {
    /// Words right before a count that make it name a group already met (`the five`, `all four`).
    static let definiteWords: Set<String> = ["the", "these", "those", "all"]

    /// Gives each repeat of a reported group the group's relevance, in place, in document order.
    static func report(_ figures: inout [Figure]) {
        // NB: one entry per value and noun head, so the look-back costs the same however long the cable.
        var groups: [GroupKey: FigureRelevance] = [:]
        for index in figures.indices {
            let figure = figures[index]
            guard figure.kind == .count, let value = figure.value ?? figure.high else { continue }
            if figure.relevance == .other, figure.reportedAction == nil,
                let relevance = repeatedRelevance(figure, value: value, in: figures, groups: groups)
            {
                figures[index].relevance = relevance
            }
            if isPersons(figures[index]) {
                groups[GroupKey(value: value, head: head(of: figure), unit: nil)] = figures[index].relevance
                groups[GroupKey(value: value, head: nil, unit: figure.unitID)] = figures[index].relevance
            }
        }
    }

    /// A value and a noun head (across the cable), or a value alone within one unit (`All four were`).
    struct GroupKey: Hashable {
        var value: Double
        var head: String?
        var unit: String?
    }

    /// The relevance of the group a definite count or a part names again, or nil when it names none reported.
    private static func repeatedRelevance(
        _ figure: Figure, value: Double, in figures: [Figure], groups: [GroupKey: FigureRelevance]
    ) -> FigureRelevance? {
        if let whole = figure.partOf, figures.indices.contains(whole), isPersons(figures[whole]) {
            return figures[whole].relevance
        }
        guard figure.category == .people || figure.countedNoun == nil,
            let before = figure.wordsBefore.last, definiteWords.contains(before)
        else { return nil }
        let key =
            figure.countedNoun == nil
            ? GroupKey(value: value, head: nil, unit: figure.unitID)
            : GroupKey(value: value, head: head(of: figure), unit: nil)
        return groups[key]
    }

    /// Whether a figure is a reported count of persons: victims, suspects, traffickers or people.
    private static func isPersons(_ figure: Figure) -> Bool {
        guard figure.relevance == .victims || figure.relevance == .enforcement else { return false }
        switch figure.category {
        case .victims, .suspects, .traffickers, .people: return true
        default: return false
        }
    }

    /// The last word of the counted noun's head phrase, singular and lower case.
    private static func head(of figure: Figure) -> String? {
        figure.countedNoun.flatMap { FigureCategory.headPhrase(of: $0).last }.map { Singular.of($0.lowercased()) }
    }
}
