/// Finds the dates, years, times and periods of a field, so that their numbers are not taken for figures and
/// figures can say when they apply.
enum DateReader {
    /// Prepositions that introduce a date a figure can refer to.
    static let temporalPrepositions: Set<String> = [
        "in", "during", "from", "since", "by", "between", "through", "throughout", "until", "till", "for", "over",
        "of", "as", "before", "after", "on", "within",
    ]

    /// The date mentions of `text` in order, and which tokens they consume.
    static func read(_ text: TokenizedText) -> (mentions: [DateMention], isDate: [Bool]) {
        var isDate = [Bool](repeating: false, count: text.count)
        var mentions: [DateMention] = []
        var index = 0
        while index < text.count {
            if let end = DatePatterns.time(text, at: index) ?? DatePatterns.numericDate(text, at: index) {
                for covered in index..<end { isDate[covered] = true }
                index = end
                continue
            }
            if let mention = DatePatterns.calendarDate(text, at: index) ?? DatePatterns.year(text, at: index)
                ?? DatePatterns.reportingPeriod(text, at: index)
            {
                for covered in mention.tokens { isDate[covered] = true }
                mentions.append(mention)
                index = mention.tokens.upperBound
                continue
            }
            index += 1
        }
        return (PeriodJoiner.join(mentions, in: text), isDate)
    }
}
