/// Chooses, among the dates and statute citations of a figure's sentence, the ones the figure refers to.
enum FigureContext {
    /// The date that dates a figure: the first one after it (before the next figure or a `;`), else the last one
    /// before it (after the previous figure). Only dates introduced by a preposition, or standing alone, count:
    /// `the 2009 harvest` names a harvest, not a period.
    static func period(
        for draft: FigureDraft, previousEnd: Int?, nextStart: Int?, sentence: Range<Int>, mentions: [DateMention],
        text: TokenizedText
    ) -> DateMention? {
        let usable = mentions.filter {
            ($0.isIntroduced || (!$0.isAttributive && ($0.year != nil || $0.isPeriod)))
                && sentence.contains($0.tokens.lowerBound)
        }
        let afterLimit = min(
            nextStart ?? sentence.upperBound, semicolon(after: draft.end, before: sentence.upperBound, in: text))
        if let after = usable.first(where: {
            $0.tokens.lowerBound >= draft.phrase.tokens.upperBound && $0.tokens.lowerBound < afterLimit
        }) {
            return after
        }
        let beforeLimit = previousEnd ?? sentence.lowerBound
        return usable.last { $0.tokens.upperBound <= draft.start && $0.tokens.lowerBound >= beforeLimit }
    }

    private static func semicolon(after start: Int, before end: Int, in text: TokenizedText) -> Int {
        var index = start
        while index < end {
            if text.isSymbol(index, ASCII.semicolon) { return index }
            index += 1
        }
        return end
    }

    /// The statute a figure is under: the only one its sentence cites; else one cited between it and the next figure;
    /// else one cited between the previous figure and it; else the nearest after, then before.
    static func statute(
        for draft: FigureDraft, previousEnd: Int?, nextStart: Int?, sentence: Range<Int>,
        citations: [(statute: String, tokens: Range<Int>)]
    ) -> String? {
        let cited = citations.filter { sentence.contains($0.tokens.lowerBound) }
        guard !cited.isEmpty else { return nil }
        if Set(cited.map(\.statute)).count == 1 { return cited[0].statute }
        let start = draft.start
        let end = draft.phrase.tokens.upperBound
        let nextLimit = nextStart ?? sentence.upperBound
        if let after = cited.first(where: { $0.tokens.lowerBound >= end && $0.tokens.lowerBound < nextLimit }) {
            return after.statute
        }
        let previousLimit = previousEnd ?? sentence.lowerBound
        if let before = cited.last(where: { $0.tokens.upperBound <= start && $0.tokens.lowerBound >= previousLimit }) {
            return before.statute
        }
        return (cited.first { $0.tokens.lowerBound >= end } ?? cited.last { $0.tokens.upperBound <= start })?.statute
    }
}
