/// A figure counted over several years (`6-20 victims over the last four years`) or at a rate (`5-20 victims per
/// year`) applies to no one year: it keeps none, whatever its sentence or paragraph dates.
enum SpanOfYears {
    /// Words that make the year after them a rate (`per year`, `each year`).
    static let rateWords: Set<String> = ["per", "each", "every"]

    /// Words before a duration that make it the span the figure before was counted over (`over the last four
    /// years`, `in the past three years`).
    static let lookBackWords: Set<String> = ["last", "past", "previous", "preceding"]

    /// Clears the year and period of each figure counted over a span of years or at a rate, in place.
    static func undate(_ figures: inout [Figure]) {
        for index in figures.indices where figures[index].year != nil || figures[index].period != nil {
            let next = index + 1 < figures.count ? figures[index + 1] : nil
            guard figures[index].kind == .count, isRate(figures[index]) || isCountedOver(figures[index], span: next)
            else { continue }
            figures[index].year = nil
            figures[index].period = nil
        }
    }

    /// `5-20 victims per year`, `40 arrests each year`: a year after a rate word in the figure's clause, before any
    /// comma. A rate per month or day (`four women per month were stopped`) may hold within one year, dated.
    static func isRate(_ figure: Figure) -> Bool {
        let clause = figure.textAfter.prefix { $0 != "," && $0 != ";" }.lowercased()
        let words = clause.split(whereSeparator: { !$0.isLetter })
        return zip(words, words.dropFirst()).contains { rate, unit in
            rateWords.contains(String(rate)) && unit == "year"
        }
    }

    /// `6-20 victims over the last four years`: the next figure of the sentence is a span of more than one year
    /// that the words between them look back over.
    static func isCountedOver(_ figure: Figure, span: Figure?) -> Bool {
        guard let span, span.kind == .duration, span.sentenceRange == figure.sentenceRange,
            span.unitID == figure.unitID, span.field == figure.field, span.magnitude > 1,
            span.countedNoun?.lowercased().hasPrefix("year") == true
        else { return false }
        // NB: the span closes the figure's clause (`cases of trafficking to Iceland in the past three years`);
        // after a comma it may date another clause.
        guard !figure.textAfter.contains(where: { $0 == "," || $0 == ";" }) else { return false }
        let between = figure.textAfter.lowercased().split(whereSeparator: { !$0.isLetter }).suffix(2)
        return between.contains { lookBackWords.contains(String($0)) }
    }
}
