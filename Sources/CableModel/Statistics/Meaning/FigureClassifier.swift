/// Gives each figure its category, its action in the questionnaire's terms and its relevance, once the figures and
/// the prescribed penalties are known. A term a law prescribes holds at no date: it keeps no year.
enum FigureClassifier {
    /// Classifies `figures` in place; `prescribed` holds the ids of the terms and fines a law sets.
    static func classify(_ figures: inout [Figure], prescribed: Set<Int>) {
        let wholesAfterTheirParts = wholesWrittenAfterAPart(figures)
        for index in figures.indices {
            var figure = figures[index]
            let isPrescribed = prescribed.contains(figure.id)
            let isTerm = isPrescribed || PenaltyReader.isPenaltyTerm(figure) || figure.action == "sentenced"
            var category = self.category(of: figure, isTerm: isTerm)
            if category == nil || category == .people, let whole = figure.partOf, whole < index,
                figures[whole].category == .victims
            {
                category = .victims
            }
            if category == nil, isMultipleOfAWage(figure) { category = .fines }
            if category == nil, index > 0, standsForTheNounBefore(figure), figures[index - 1].unitID == figure.unitID {
                // NB: `ten Americans were extradited and two others are awaiting extradition`.
                category = figures[index - 1].category
            }
            figure.category = category
            figure.reportedAction =
                isPrescribed
                ? .prescribed
                : isTerm && figure.kind == .duration
                    ? .sentenced
                    : ReportedAction.of(
                        verb: figure.action, category: category, countsNoun: figure.countedNoun != nil)
            // NB: `Forty of the fifty victims were repatriated`: the clause's verb is the part's, not the whole's.
            if !wholesAfterTheirParts.contains(figure.id) {
                figure.reportedAction = action(ofWords: figure, category: category) ?? figure.reportedAction
            }
            if figure.reportedAction == nil { figure.reportedAction = actionOfWhole(figure, in: figures) }
            if category == .fines, !isPrescribed, PenaltyReader.isPrescriptive(figure) {
                // NB: `fines of up to 1,500 times the monthly minimum wage` in a sentence that prescribes.
                figure.reportedAction = .prescribed
            }
            if figure.reportedAction == .prescribed {
                figure.year = nil
                figure.period = nil
            }
            let head = figure.countedNoun.flatMap { FigureCategory.headPhrase(of: $0).last?.lowercased() }
            figure.relevance =
                isYearReadAsCount(figure)
                ? .context
                : category == nil && head.map(FigureRelevance.isEnforcementNoun) == true
                    ? .enforcement
                    : FigureRelevance.of(
                        kind: figure.kind, category: category, action: figure.reportedAction,
                        sentenceWords: figure.sentenceWords, nearWords: nearWords(of: figure))
            figures[index] = figure
        }
        shareUnreportedMoney(&figures)
    }

    /// `pay their son IKR 10,000 (US $151) a month`: an amount and its equivalent in parentheses are one sum, so
    /// a wage, debt or price read beside either makes both money of no report.
    static func shareUnreportedMoney(_ figures: inout [Figure]) {
        for index in figures.indices.dropLast() where YearCarrier.isEquivalent(figures[index], figures[index + 1]) {
            guard figures[index].relevance == .other || figures[index + 1].relevance == .other else { continue }
            figures[index].relevance = .other
            figures[index + 1].relevance = .other
        }
    }

    /// The ids of the figures that are the whole of a part written before them (`Forty of the fifty victims`).
    static func wholesWrittenAfterAPart(_ figures: [Figure]) -> Set<Int> {
        let byID = Dictionary(figures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return Set(
            figures.compactMap { part in
                part.partOf.flatMap { byID[$0] }.flatMap { whole in
                    whole.unitID == part.unitID && whole.range.lowerBound > part.range.lowerBound ? whole.id : nil
                }
            })
    }

    /// The action a figure's noun or clause names when its verb names none, or a prosecution that its clause calls
    /// indictments or charges (a charge); nil keeps the action the verb gave.
    static func action(ofWords figure: Figure, category: FigureCategory?) -> ReportedAction? {
        if figure.reportedAction == .prosecuted {
            let verbs = figure.wordsBefore.suffix(4) + wordsAfter(figure, count: 6)
            return ReportedAction.chargeVerbs.isDisjoint(with: verbs) ? nil : .charged
        }
        guard figure.reportedAction == nil else { return nil }
        if let action = figure.countedNoun.flatMap(ReportedAction.of(countedNoun:)) { return action }
        guard let category else { return nil }
        // NB: `IOM reported four known victims` under a heading of `ASSISTANCE`: the noun's own words come first.
        let nounWords = (figure.countedNoun ?? "").lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        return ReportedAction.of(clauseWords: nounWords, category: category)
            ?? ReportedAction.of(clauseWords: clauseWords(of: figure), category: category)
    }

    /// `working with 30 possible victims (including IOM's four)`: a part with no action of its own, written after
    /// its whole in the same sentence (or listed after the figure before with `including`), underwent what the
    /// whole did (a law's term aside).
    static func actionOfWhole(_ part: Figure, in figures: [Figure]) -> ReportedAction? {
        let including = part.wordsBefore.contains("including") ? part.id - 1 : nil
        guard let index = part.partOf ?? including, index < part.id, figures.indices.contains(index) else {
            return nil
        }
        let whole = figures[index]
        guard whole.unitID == part.unitID, whole.field == part.field, whole.sentenceRange == part.sentenceRange,
            whole.reportedAction != .prescribed
        else { return nil }
        return whole.reportedAction
    }

    /// `two others`, `three more`: a count whose noun stands for the noun of the figure before.
    static func standsForTheNounBefore(_ figure: Figure) -> Bool {
        figure.countedNoun.map { VerbAfterNoun.othersWords.contains($0.lowercased()) } ?? false
    }

    /// Words after `N times` that make the figure a fine counted in wages (`times the monthly minimum wage`).
    static let wageWords: Set<String> = ["wage", "wages", "salary", "salaries"]

    /// `fines of up to 1,500 times the monthly minimum wage`: a multiple of a wage.
    static func isMultipleOfAWage(_ figure: Figure) -> Bool {
        // NB: few sentences hold `times`; only those are cut and read word by word (3% of the model's work before).
        guard figure.kind == .count, figure.sentence.contains(ignoringCase: "times") else { return false }
        // NB: read from the sentence, not the counted noun, which is `times` or, since a multiple counts what it
        // multiplies, the wage itself.
        let after = ConditionText.after(figure, until: nil).lowercasedLeadingWords(6)
        return after.first == "times" && after.dropFirst().contains { wageWords.contains(String($0)) }
    }

    /// `Number of 2007 cases received`: four digits that could be a year, written without a comma, are a date
    /// that the reading took for a count.
    static func isYearReadAsCount(_ figure: Figure) -> Bool {
        figure.kind == .count && figure.quote.count == 4 && figure.quote.allSatisfy(\.isASCII)
            && figure.quote.allSatisfy(\.isNumber) && (1900...2099).contains(Int(figure.quote) ?? 0)
    }

    /// `a maximum 30-day-fine`, `90 day fines`: a fine counted in days of income, not a stretch of time.
    static func isDayFine(_ figure: Figure) -> Bool {
        guard figure.countedNoun?.lowercased().hasPrefix("day") == true else { return false }
        return figure.textAfter.lowercasedLeadingWords(1).first?.hasPrefix("fine") == true
    }

    /// The three words before a figure and the four after it (its noun phrase first), lower case.
    static func nearWords(of figure: Figure) -> [String] {
        figure.wordsBefore.suffix(3) + wordsAfter(figure, count: 4)
    }

    /// The first `count` lower-case words of a figure's noun phrase and the text after it.
    static func wordsAfter(_ figure: Figure, count: Int) -> [String] {
        ((figure.countedNoun ?? "") + " " + figure.textAfter).lowercasedLeadingWords(count).map(String.init)
    }

    /// The lower-case words of a figure's clause: before it, its noun phrase and after it.
    static func clauseWords(of figure: Figure) -> [String] {
        figure.wordsBefore
            + ((figure.countedNoun ?? "") + " " + figure.textAfter).lowercased()
            .split(whereSeparator: { !$0.isLetter }).map(String.init)
    }

    /// What a figure counts: money, a term of imprisonment, or what its noun names.
    static func category(of figure: Figure, isTerm: Bool) -> FigureCategory? {
        switch figure.kind {
        case .money: return .money
        case .age, .measure: return nil
        case .duration:
            if isDayFine(figure) { return .fines }
            guard isTerm, let unit = figure.countedNoun?.lowercased() else { return nil }
            if unit.hasPrefix("year") { return .yearsOfImprisonment }
            return unit.hasPrefix("month") ? .monthsOfImprisonment : nil
        case .count, .percentage:
            return figure.countedNoun.flatMap(FigureCategory.of(countedNoun:))
        }
    }
}
