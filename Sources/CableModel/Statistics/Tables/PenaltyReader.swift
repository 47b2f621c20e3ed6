/// Reads prescribed penalties from duration figures in sentences about punishment: the term, whether a fine goes
/// with it, whether it is aggravated, and the condition.
enum PenaltyReader {
    /// Words that make a sentence about prescribed punishment.
    static let penaltyWords: Set<String> = [
        "punishable", "penalty", "penalties", "punishment", "punishments", "punished", "imprisonment", "prison",
        "imprison",
        "jail", "sentence", "sentences", "fine", "fines", "fined", "term", "terms", "prescribes", "prescribed",
        "incarceration", "custody", "deprivation", "sanction", "sanctions",
    ]

    /// Words that say a later term is heavier.
    static let aggravationStems = ["aggravat", "increase", "rise", "rises", "raise", "extreme", "repeat", "if", "when"]

    /// Words that open what makes a penalty apply.
    static let conditionOpeners: Set<String> = [
        "if", "when", "where", "under", "in", "for", "against", "committed", "with",
    ]

    /// A duration in years or months (or an amount of money) in a sentence about punishment, not a sentence imposed.
    /// Whether the figure is a term or fine of a punishment: a duration in years or months (or an amount of money
    /// beside a fine) in a sentence about punishment, not a sentence imposed.
    static func isPenaltyTerm(_ figure: Figure) -> Bool {
        guard figure.kind == .duration || figure.kind == .money, figure.action == nil || figure.action == "fined" else {
            return false
        }
        if figure.kind == .duration {
            guard let unit = figure.countedNoun?.lowercased(), unit.hasPrefix("year") || unit.hasPrefix("month") else {
                return false
            }
        }
        let words = figure.sentenceWords
        if figure.kind == .money, !words.contains(where: { $0.hasPrefix("fine") }) { return false }
        return !words.isDisjoint(with: penaltyWords)
    }

    /// Whether the sentence prescribes the penalty (`punishable by`, `the penalty is`, `carries a maximum`,
    /// `ranges from`) rather than tells of one imposed (`was sentenced to`, `is serving`).
    static func isPrescriptive(_ figure: Figure) -> Bool {
        if isImposed(figure) { return false }
        let words = figure.sentenceWords
        if !words.isDisjoint(with: strongPrescriptiveWords) { return true }
        return words.isDisjoint(with: imposedWords) && !words.isDisjoint(with: prescriptiveWords)
    }

    /// Words that make a sentence prescribe a penalty whatever else it says.
    static let strongPrescriptiveWords: Set<String> = [
        "punishable", "penalty", "penalties", "punishment", "punishments", "prescribes", "prescribed", "liable",
        "sanction", "sanctions",
    ]

    /// Words that make a sentence about punishment prescribe rather than report.
    static let prescriptiveWords: Set<String> = [
        "carries", "carry", "provides", "provide", "maximum", "minimum", "ranges", "range", "possible", "faces",
        "face", "facing", "could", "can", "may", "shall", "punished", "punishes", "sanctioned", "sanctions",
        "establishes", "establish", "imposes", "sets",
    ]

    /// Words that say a sentence was imposed on someone (`rapes rarely draw sentences of more than six years`).
    static let imposedWords: Set<String> = [
        "sentenced", "serving", "served", "received", "handed", "jailed", "imprisoned", "condemned", "acquitted",
        "draw", "draws", "drew", "drawn",
    ]

    /// Whether the words just before the term tell of a sentence imposed (`was convicted to a total of 2,655 years`,
    /// `actual sentences range from one to three years`), not of a class of persons (`those convicted`).
    static func isImposed(_ figure: Figure) -> Bool {
        let before = figure.wordsBefore
        if before.suffix(8).contains(where: practiceWords.contains) { return true }
        return before.indices.suffix(6).contains { index in
            (imposedWords.contains(before[index]) || before[index] == "convicted")
                && (index == before.startIndex || !genericPersons.contains(before[index - 1]))
        }
    }

    /// Words that set a term in practice against the law (`actual penalties range from`, `in practice`).
    static let practiceWords: Set<String> = ["actual", "actually", "practice"]

    /// Words before a participle that make it a class of persons (`those convicted`, `anyone sentenced`).
    static let genericPersons: Set<String> = ["those", "anyone", "whoever", "persons", "people", "individuals"]

    /// The tier a penalty figure gives.
    static func tier(_ figure: Figure, isFirst: Bool, next: Figure?) -> PenaltyTier {
        let before = figure.wordsBefore
        let after = figure.textAfter.lowercased()
        let aggravated = aggravationStems.contains { stem in
            before.contains { $0.hasPrefix(stem) }
                || after.split(whereSeparator: { !$0.isLetter }).contains { $0.hasPrefix(stem) }
        }
        // NB: `range from 5 to 7 years to 15 to 20 years`: the range a range runs to is the graver form's.
        let kind: PenaltyTier.Kind = isFirst ? .base : aggravated || before.last == "to" ? .aggravated : .other
        let recent = before.suffix(4)
        let withFine = recent.contains { $0 == "fine" || $0 == "fines" } || isFollowedByAFine(after)
        var unit = figure.countedNoun?.split(separator: " ").first.map(String.init) ?? "years"
        if !unit.hasSuffix("s"), (figure.high ?? figure.value ?? 1) != 1 { unit += "s" }
        return PenaltyTier(
            isUpperBound: figure.qualifier == .upTo || figure.qualifier == .lessThan, kind: kind, low: figure.low,
            high: figure.high ?? figure.value, unit: unit, withFine: withFine,
            fineIsLowerEnd: withFine && before.last == "to",
            condition: condition(of: figure, next: next, aggravated: kind == .aggravated),
            figure: figure.id)
    }

    /// `two to four years in prison or a fine`: a fine offered instead of the term, within its clause (`and a fine of
    /// USD 5,000` adds one, which the fines column shows).
    static func isFollowedByAFine(_ lowercasedTextAfter: String) -> Bool {
        let clause = lowercasedTextAfter.prefix { $0 != "," && $0 != ";" && $0 != "." }
        let words = clause.split(whereSeparator: { !$0.isLetter }).prefix(8).map(String.init)
        return words.indices.contains { index in
            words[index] == "or"
                && words[(index + 1)...].prefix(2).contains { $0 == "fine" || $0 == "fines" }
        }
    }

    /// What makes the penalty apply: the words after its term from `if`, `under`, `for` … to the end of the clause.
    static func condition(of figure: Figure, next: Figure?, aggravated: Bool) -> String? {
        let after = ConditionText.after(figure, until: next)
        let words = after.split(separator: " ", omittingEmptySubsequences: true)
        if let start = words.firstIndex(where: { conditionOpeners.contains($0.lowercased()) }) {
            let text = ConditionText.trimmed(words[start...].joined(separator: " "))
            if !text.isEmpty { return text }
        }
        guard aggravated, let index = figure.wordsBefore.lastIndex(where: { $0.hasPrefix("aggravat") }) else {
            return nil
        }
        return figure.wordsBefore[index...].prefix(2).joined(separator: " ")
    }

    /// The paragraph (block between blank lines) of the unit's field where the figure stands.
    static func paragraph(of figure: Figure, in cable: Cable) -> Int {
        guard let unit = cable.unit(id: figure.unitID) else { return 0 }
        var breaks = 0
        var previousNewline = false
        for (offset, scalar) in unit.value(of: figure.field).unicodeScalars.enumerated() {
            if offset >= figure.range.lowerBound { break }
            if scalar == "\n" {
                if previousNewline { breaks += 1 }
                previousNewline = true
            } else {
                previousNewline = false
            }
        }
        return breaks
    }
}
