/// Dates the figures that their own sentence leaves undated: `In 2009 the government opened 24 cases. It prosecuted
/// three cases …` dates the three 2009, and a figure of a paragraph about the reporting period takes that period's
/// year. A term a law prescribes, a figure of a sentence about the present (`currently`) or in no past tense
/// (`rapes rarely draw sentences of …`), and context take no date from elsewhere.
enum YearCarrier {
    /// Words that set a sentence in the present, whatever its verbs.
    static let presentWords: Set<String> = ["currently", "presently", "now", "today", "ongoing"]

    /// Past forms of `be`, `have` and `do` that put a sentence in the past.
    static let pastAuxiliaries: Set<String> = ["was", "were", "had", "did"]

    /// Words that add a sentence's count to the counts before it, so that it shares their date whatever its tense
    /// (`The GOC also has 49 additional investigations underway`).
    static let additionWords: Set<String> = ["additional"]

    /// Dates the undated figures of one field, in place. `reportingYear` is the year of the reporting period,
    /// `sent` the cable's date (which dates a month named without a year).
    static func carry(_ figures: inout [Figure], in field: FieldDates, reportingYear: Int?, sent: CableDate? = nil) {
        var carried: FieldDates.Dating?
        var sentenceIndex = 0
        var current: Int?
        var currentFirst: FieldDates.Dating?
        for index in field.figures {
            let start = figures[index].sentenceRange.lowerBound
            if start != current {
                if let current { carried = currentFirst ?? dating(ofSentence: current, in: field) ?? carried }
                carried = self.carried(carried, to: start, after: current, in: field, from: &sentenceIndex)
                current = start
                currentFirst = nil
            }
            let own = ownDating(figures[index], reportingYear: reportingYear, sent: sent)
            if let year = yearOfWhole(figures[index]) {
                // NB: `one of the 2005 convictions was related to a case opened in 2003`: the whole's year is nearer.
                figures[index].year = year
                figures[index].period = nil
            } else if own == nil,
                let year = attributiveYear(before: figures[index], in: field, sentence: sentenceIndex)
            {
                // NB: `The 2007 state budget allocates IKR 32.5 million`: a year that qualifies the sentence's noun
                // before the figure dates it, whatever the tense.
                figures[index].year = year
            } else if let own {
                figures[index].year = own.year
                if currentFirst == nil { currentFirst = own }
            } else if let carried, takesDateFromElsewhere(figures[index]) {
                figures[index].year =
                    carried.year
                    ?? carried.period.flatMap { undatedYear(of: $0, reportingYear: reportingYear, sent: sent) }
                figures[index].period = carried.period
            }
        }
        shareWithEquivalents(&figures, in: field)
        guard field.mentionsReportingPeriod, let reportingYear else { return }
        for index in field.figures
        where figures[index].year == nil && figures[index].period == nil && takesDateFromElsewhere(figures[index]) {
            figures[index].year = reportingYear
            figures[index].period = "reporting period"
        }
    }

    /// The date carried to the sentence that starts at `start` over the sentences before it, from `sentenceIndex`
    /// on (the sentence `current`, whose own date was taken already, aside).
    private static func carried(
        _ carried: FieldDates.Dating?, to start: Int, after current: Int?, in field: FieldDates,
        from sentenceIndex: inout Int
    ) -> FieldDates.Dating? {
        var carried = carried
        while sentenceIndex < field.sentences.count, field.sentences[sentenceIndex].start < start {
            let sentence = field.sentences[sentenceIndex]
            if sentence.start != current {
                // NB: a date does not carry past a blank line into the next paragraph of the field.
                if sentence.opensBlock { carried = nil }
                if let dating = sentence.dating { carried = dating }
            }
            sentenceIndex += 1
        }
        let opensBlock =
            sentenceIndex < field.sentences.count && field.sentences[sentenceIndex].start == start
            && field.sentences[sentenceIndex].opensBlock
        return opensBlock ? nil : carried
    }

    /// `will receive IKR 800,000 (US $11,400) in 2007`: an amount and its equivalent in parentheses share a date.
    static func shareWithEquivalents(_ figures: inout [Figure], in field: FieldDates) {
        for index in field.figures.dropLast() {
            let next = index + 1
            guard isEquivalent(figures[index], figures[next]) else { continue }
            if figures[index].year == nil, figures[index].period == nil {
                figures[index].year = figures[next].year
                figures[index].period = figures[next].period
            } else if figures[next].year == nil, figures[next].period == nil {
                figures[next].year = figures[index].year
                figures[next].period = figures[index].period
            }
        }
    }

    /// `IKR 800,000 (US $11,400)`: whether `next` is the amount's equivalent in parentheses right after it.
    static func isEquivalent(_ amount: Figure, _ next: Figure) -> Bool {
        amount.kind == .money && next.kind == .money && amount.unitID == next.unitID && amount.field == next.field
            && amount.sentenceRange == next.sentenceRange
            && isOpeningParenthesis(amount.textAfter)
    }

    /// Whether the words between two amounts only open a parenthesis (`(`, `(US`).
    private static func isOpeningParenthesis(_ between: String) -> Bool {
        let trimmed = between.trimmingPrefix(while: { $0 == " " })
        return trimmed.first == "(" && trimmed.dropFirst().allSatisfy { $0.isLetter || $0 == " " }
            && trimmed.count <= 4
    }

    /// The date a figure's own sentence gives it: its year, or the year of a period written without one.
    private static func ownDating(_ figure: Figure, reportingYear: Int?, sent: CableDate?) -> FieldDates.Dating? {
        guard figure.year != nil || figure.period != nil else { return nil }
        let year =
            figure.year ?? figure.period.flatMap { undatedYear(of: $0, reportingYear: reportingYear, sent: sent) }
        return FieldDates.Dating(year: year, period: figure.period)
    }

    /// The year of a period written without one: the reporting period's, or a month's (`In March`).
    private static func undatedYear(of period: String, reportingYear: Int?, sent: CableDate?) -> Int? {
        FieldDates.isReportingPeriod(period) ? reportingYear : yearOfMonth(period, sent: sent)
    }

    /// `In March`, `on September 4`: a month named without a year is the last such month up to the cable's date;
    /// a span with a year (`since April 2008`) holds more than one.
    static func yearOfMonth(_ period: String, sent: CableDate?) -> Int? {
        guard let sent, !period.split(separator: " ").contains(where: { $0.count == 4 && $0.allSatisfy(\.isNumber) })
        else { return nil }
        let months = period.lowercased().split(whereSeparator: { !$0.isLetter }).compactMap {
            EnglishWords.monthNames.firstIndex(of: String($0))
        }
        guard months.count == 1, let month = months.first.map({ $0 + 1 }) else { return nil }
        return month <= sent.month ? sent.year : sent.year - 1
    }

    /// The year used as an adjective before the figure in its sentence (`The 2007 state budget`), for a figure
    /// that takes dates at all.
    private static func attributiveYear(before figure: Figure, in field: FieldDates, sentence: Int) -> Int? {
        guard sentence < field.sentences.count, field.sentences[sentence].start == figure.sentenceRange.lowerBound,
            let attributive = field.sentences[sentence].attributiveYear,
            attributive.offset < figure.range.lowerBound, figure.reportedAction != .prescribed,
            figure.relevance != .context
        else { return nil }
        return attributive.year
    }

    /// `at least one of the 2005 convictions`: a year that qualifies the whole a part is taken from dates the part.
    static func yearOfWhole(_ figure: Figure) -> Int? {
        guard figure.reportedAction != .prescribed, let quote = figure.sentence.firstRange(of: figure.quote) else {
            return nil
        }
        // NB: only the three words after the figure are read, not the sentence's whole rest (once per figure).
        let words = figure.sentence[quote.upperBound...].split(maxSplits: 3, whereSeparator: \.isWhitespace).prefix(3)
            .map { $0.lowercased() }
        guard words.count == 3, words.first == "of", EnglishWords.determiners.contains(words[1]),
            words[2].count == 4, let year = Int(words[2]), (1900...2099).contains(year)
        else { return nil }
        return year
    }

    private static func dating(ofSentence start: Int, in field: FieldDates) -> FieldDates.Dating? {
        field.sentences.first { $0.start == start }?.dating
    }

    /// Whether a figure without a date of its own takes one from its paragraph.
    static func takesDateFromElsewhere(_ figure: Figure) -> Bool {
        guard figure.year == nil, figure.period == nil, figure.reportedAction != .prescribed,
            figure.relevance != .context
        else { return false }
        let words = figure.sentenceWords
        guard words.isDisjoint(with: presentWords) else { return false }
        return !words.isDisjoint(with: pastAuxiliaries) || words.contains(where: isPastForm)
            || !words.isDisjoint(with: additionWords)
    }

    /// A past tense or participle: irregular (`sought`), or a word of more than four letters in `-ed` (`reported`).
    static func isPastForm(_ word: String) -> Bool {
        ActionLexicon.irregularPast.contains(word) || (word.count > 4 && word.hasSuffix("ed") && !word.hasSuffix("eed"))
    }
}
