/// Finds the number phrases of a field that are figures: it skips dates, references and codes, ordinals,
/// list labels and numbers with leading zeros, sets ages apart, and keeps `one` only where it counts.
enum CandidateFinder {
    /// Suffixes glued to digits that are units of measure (`20km`, `5kg`), not parts of a code.
    static let measureSuffixes: Set<String> = [
        "km", "kg", "kgs", "mg", "g", "gr", "cm", "mm", "m", "t", "l", "ml", "ha", "h", "hr", "hrs", "min", "mins",
        "mw", "kw", "kwh", "mt", "lbs", "ft", "sq",
    ]

    /// Denominators after a hyphen that make a number a fraction (`two-thirds`), not a count.
    static let fractionWords: Set<String> = [
        "half", "halves", "third", "thirds", "quarter", "quarters", "fourth", "fourths", "fifth", "fifths", "sixth",
        "sixths", "tenth", "tenths", "fold",
    ]

    /// The candidates of a field, in order.
    static func find(_ text: TokenizedText, sentences: [Range<Int>], blocked: [Bool]) -> [FigureCandidate] {
        var candidates: [FigureCandidate] = []
        for (position, sentence) in sentences.enumerated() {
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                guard !blocked[index], startsNumber(text, index),
                    let phrase = PhraseReader.read(text, at: index, isFree: { !blocked[$0] })
                else {
                    index += 1
                    continue
                }
                index = max(index + 1, phrase.numbersEnd)
                guard phrase.tokens.upperBound <= sentence.upperBound, isFigureShaped(text, phrase, in: sentence) else {
                    continue
                }
                var candidate = FigureCandidate(phrase: phrase, sentence: position)
                candidate.isAge = AgeRule.isAge(text, phrase)
                candidates.append(candidate)
                index = max(index, phrase.tokens.upperBound)
            }
        }
        return keepingCountedOnes(candidates, in: text, sentences: sentences)
    }

    /// Whether a number (in digits or words) can start at `index`.
    private static func startsNumber(_ text: TokenizedText, _ index: Int) -> Bool {
        switch text.tokens[index].kind {
        case .number: true
        case .word:
            NumberWordTable.mayStart(text.bytes[text.tokens[index].start])
                && (NumberWordTable.startsNumber(text.lowered[index])
                    || (text.lowered[index] == "half" && (text.isWord(index + 1, "a") || text.isWord(index + 1, "an"))))
                || ((text.lowered[index] == "a" || text.lowered[index] == "an")
                    && (text.isWord(index + 1, "dozen")
                        || NumberWordTable.scales[index + 1 < text.count ? text.lowered[index + 1] : ""] != nil))
        case .symbol: false
        }
    }

    /// Whether the phrase reads as a quantity: not an ordinal, a decade, a code, a list label or zero-padded digits.
    private static func isFigureShaped(_ text: TokenizedText, _ phrase: NumberPhrase, in sentence: Range<Int>) -> Bool {
        let first = phrase.first
        if first.isOrdinal || first.isDecade || first.hasLeadingZero { return false }
        if let suffix = first.suffix, !measureSuffixes.contains(suffix) { return false }
        // NB: `one of the victims` is a pronoun; `at least one of the victims` counts, and so does `one of whom was
        // arrested`: the part of a whole just named that the law acted on.
        if text.isWord(first.first, "one"), text.isWord(first.end, "of"), phrase.second == nil, !first.writtenTwice,
            phrase.qualifier == nil, !isActedOnPart(text, of: first.end + 1, in: sentence)
        {
            return false
        }
        if first.isWords, isNameWord(text, first.first, in: sentence) { return false }
        if isDenominator(text, phrase) { return false }
        if text.isDash(phrase.tokens.upperBound), text.isWord(phrase.tokens.upperBound + 1, in: fractionWords) {
            return false
        }
        if text.isWord(first.first, "zero"), text.isDash(first.end), text.isGlued(first.end) { return false }
        if first.isWords, phrase.second == nil,
            let noun = CountedNounReader.nounPhrase(text, from: phrase.tokens.upperBound, in: sentence),
            fillerNouns.contains(noun.head)
        {
            return false
        }
        return !ChunkShape.isCode(text, phrase) && !isListLabel(text, phrase, in: sentence)
            && !isSubsectionReference(text, phrase) && !hasLostOperator(text, phrase, in: sentence)
    }

    /// `4 out of 10 people`: the number after `out of` is a ratio's whole, not a count of its own.
    private static func isDenominator(_ text: TokenizedText, _ phrase: NumberPhrase) -> Bool {
        let start = phrase.tokens.lowerBound
        return text.isWord(start - 1, "of") && text.isWord(start - 2, "out") && start >= 3
            && (text.tokens[start - 3].kind == .number || NumberWordTable.startsNumber(text.lowered[start - 3]))
    }

    /// `of whom was arrested`: a relative pronoun at `index` with a passive of the lexicon's actions after it.
    private static func isActedOnPart(_ text: TokenizedText, of index: Int, in sentence: Range<Int>) -> Bool {
        guard text.isWord(index, in: EnglishWords.relativePronouns) else { return false }
        return VerbAfterNoun.passive(text, from: index + 1, limit: sentence.upperBound)
            .flatMap(ActionLexicon.action(ofVerb:)) != nil
    }

    /// `the 2 2 consultations` (`2+2`), `P5 1`: two small bare numbers side by side outside a table have lost the
    /// sign between them; neither counts anything.
    private static func hasLostOperator(_ text: TokenizedText, _ phrase: NumberPhrase, in sentence: Range<Int>)
        -> Bool
    {
        guard phrase.second == nil, !phrase.first.isWords, !phrase.isPercent, phrase.currency == nil else {
            return false
        }
        let first = phrase.first.first
        let isSmallDigit = { (index: Int) in
            index >= sentence.lowerBound && index < sentence.upperBound && text.tokens[index].kind == .number
                && text.bytes(of: index).count == 1
        }
        guard isSmallDigit(first), isSmallDigit(first - 1) || isSmallDigit(first + 1) else { return false }
        return !ReferenceNumbers.isTableRow(text, sentence)
    }

    /// `1.` or `2)` opening a sentence or line, and `(3)` standing alone before words.
    private static func isListLabel(_ text: TokenizedText, _ phrase: NumberPhrase, in sentence: Range<Int>) -> Bool {
        let first = phrase.first.first
        guard !phrase.first.isWords, !phrase.first.isDecimal, phrase.second == nil, phrase.tokens.lowerBound == first
        else {
            return false
        }
        let next = phrase.first.end
        if first == sentence.lowerBound || text.tokens[first].breakBefore {
            return (text.isSymbol(next, ASCII.period) || text.isSymbol(next, ASCII.closeParen)) && text.isGlued(next)
                && next + 1 < text.count && text.tokens[next + 1].spaceBefore
        }
        guard text.isSymbol(next, ASCII.closeParen), text.isGlued(next), phrase.first.value < 30 else { return false }
        if text.isSymbol(first - 1, ASCII.openParen) { return text.isGlued(first) }
        // NB: `Iceland must: 1) complete the budget and 2) reform`: a label closed without an opening bracket.
        return next + 1 < sentence.upperBound && text.tokens[next + 1].kind == .word
            && !hasOpenBracket(text, from: sentence.lowerBound, to: first)
    }

    /// Whether an opening bracket between `start` and `end` is still open at `end`.
    private static func hasOpenBracket(_ text: TokenizedText, from start: Int, to end: Int) -> Bool {
        var depth = 0
        for index in start..<end {
            if text.isSymbol(index, ASCII.openParen) { depth += 1 }
            if text.isSymbol(index, ASCII.closeParen) { depth = max(0, depth - 1) }
        }
        return depth > 0
    }

    /// A number word in capitals inside a mixed-case sentence names something (`the Shannon Five`, `Six-Party Talks`),
    /// unless it opens a clause (after a colon, a bracket or a quote).
    private static func isNameWord(_ text: TokenizedText, _ index: Int, in sentence: Range<Int>) -> Bool {
        guard text.isCapitalized(index), index > sentence.lowerBound, !ReferenceNumbers.isAllCaps(text, sentence) else {
            return false
        }
        let before = index - 1
        if text.tokens[before].kind == .symbol, !text.isSymbol(before, ASCII.comma) { return false }
        return !text.isWord(before, "and") || text.isCapitalized(index + 1)
    }

    /// `1.4 (b)`, `5(a)`, `212 (ii)`: a number followed by a bracketed letter or roman numeral names a subsection.
    private static func isSubsectionReference(_ text: TokenizedText, _ phrase: NumberPhrase) -> Bool {
        let next = phrase.tokens.upperBound
        guard !phrase.first.isWords, text.isSymbol(next, ASCII.openParen), text.isSymbol(next + 2, ASCII.closeParen),
            next + 1 < text.count, text.tokens[next + 1].kind == .word
        else { return false }
        let label = text.lowered[next + 1]
        return label.count == 1 || (label.count <= 4 && label.allSatisfy { "ivx".contains($0) })
    }

    /// Words before `one` that make it a count (`only one`).
    static let oneQualifiers: Set<String> = ["only", "just", "exactly"]

    /// Determiners before `one` that make it a pronoun (`each one`, `the one`).
    static let oneDeterminers: Set<String> = ["no", "any", "each", "every", "the", "this", "that", "which", "some"]

    /// Words after `one` in idioms that count nothing (`one another`, `one by one`, `on the one hand`, `of one
    /// mind`, `with one voice`).
    static let oneIdioms: Set<String> = [
        "another", "by", "way", "side", "hand", "point", "time", "day's", "mind", "voice", "accord", "thing",
    ]

    /// Words after `one` that make it a pronoun with a clause of its own (`one who fled`, `one which was closed`).
    static let oneRelatives: Set<String> = ["who", "whom", "whose", "which"]

    /// Prepositions of place and time after which `one` and its noun is an article (`at one site`, `in one
    /// incident`), even beside other figures.
    static let oneArticlePrepositions: Set<String> = [
        "in", "at", "on", "into", "during", "within", "from", "across", "through", "under",
    ]

    /// Nouns that, counted by a number word, name the parties of a relation rather than a quantity (`the two
    /// sides`).
    static let fillerNouns: Set<String> = ["sides"]

    /// Drops `one` where it is an article or a pronoun (`In one case`, `one applicant`): it stays where it is
    /// qualified (`only one`, `the one case`), measures time (`one year`, `one-week`), is reported as there being
    /// one, counts the object of an action (`arrested one suspect`), the subject of a passive (`one soldier was
    /// killed`; opening a sentence, only one that names an action: `One victim was repatriated`) or the object of
    /// `of` (`the death of one soldier`), or stands beside other figures in its clause (not after a preposition of
    /// place, nor opening the sentence).
    private static func keepingCountedOnes(
        _ candidates: [FigureCandidate], in text: TokenizedText, sentences: [Range<Int>]
    ) -> [FigureCandidate] {
        candidates.enumerated().compactMap { position, candidate in
            guard candidate.isBareOne, !candidate.isAge else { return candidate }
            let index = candidate.phrase.first.first
            let after = candidate.phrase.tokens.upperBound
            if text.isWord(index - 1, in: CandidateFinder.oneQualifiers) || isSingleNoun(text, at: index, after: after)
            {
                return candidate
            }
            // NB: `that one soldier had been killed`: `that` opens a clause when a noun follows `one`.
            if text.isWord(index - 1, in: CandidateFinder.oneDeterminers),
                !text.isWord(index - 1, "that") || !CountedNounReader.isNounWord(text, after)
            {
                return nil
            }
            if text.isWord(after, in: CandidateFinder.oneIdioms)
                || isPronounOrFiller(text, after: after, in: sentences[candidate.sentence])
            {
                return nil
            }
            let unitWord = text.isDash(after) && text.isGlued(after) ? after + 1 : after
            if text.isWord(unitWord, in: FigureVocabulary.timeUnits) { return candidate }
            let sentence = sentences[candidate.sentence]
            guard let noun = CountedNounReader.nounPhrase(text, from: after, in: sentence) else {
                // NB: `four sweeps, including one in January`: one item of the list just named, a pronoun.
                if text.isWord(index - 1, "including") { return nil }
                return hasNeighbours(position, in: candidates) ? candidate : nil
            }
            if text.isWord(index - 1, in: oneArticlePrepositions) { return nil }
            let passive = VerbAfterNoun.passive(text, from: noun.tokens.upperBound, limit: sentence.upperBound)
            if index == sentence.lowerBound {
                return passive.flatMap(ActionLexicon.action(ofVerb:)) == nil ? nil : candidate
            }
            if isReportedOne(text, at: index) || passive != nil { return candidate }
            // NB: `one official is under detention`, `one Icelander who was later indicted`: the one the law acted on.
            if VerbAfterNoun.under(text, from: noun.tokens.upperBound, limit: sentence.upperBound) != nil
                || VerbAfterNoun.relativePassive(text, at: noun.tokens.upperBound, limit: sentence.upperBound) != nil
            {
                return candidate
            }
            return hasNeighbours(position, in: candidates) ? candidate : nil
        }
    }

    /// `the one case`, `arrested one suspect`: `one` before a noun after `the` (the single one) or after the past
    /// form of an action (what was done to one).
    private static func isSingleNoun(_ text: TokenizedText, at index: Int, after: Int) -> Bool {
        // NB: `the one scheduled for May`: a participle after `one` makes it a pronoun.
        guard index > 0, CountedNounReader.isNounWord(text, after), !text.isWord(after, in: oneIdioms),
            !ActionLexicon.isVerbForm(text.lowered[after])
        else {
            return false
        }
        let before = text.lowered[index - 1]
        return text.isWord(index - 1, "the")
            || (text.tokens[index - 1].kind == .word && ActionLexicon.action(ofVerb: before) != nil
                && ActionLexicon.isPastForm(before))
    }

    /// `one who fled`, `one after another`, `of one kind or another`: `one` as a pronoun or in an idiom, which
    /// counts nothing even after `of` or `there was`.
    private static func isPronounOrFiller(_ text: TokenizedText, after: Int, in sentence: Range<Int>) -> Bool {
        if text.isWord(after, in: oneRelatives) { return true }
        if text.isWord(after, "after"), isAnother(text, at: after + 1) { return true }
        guard let noun = CountedNounReader.nounPhrase(text, from: after, in: sentence) else { return false }
        return text.isWord(noun.tokens.upperBound, "or") && isAnother(text, at: noun.tokens.upperBound + 1)
    }

    /// `another` or `the other` at `index`.
    private static func isAnother(_ text: TokenizedText, at index: Int) -> Bool {
        text.isWord(index, "another") || (text.isWord(index, "the") && text.isWord(index + 1, "other"))
    }

    /// `there was one suspected case`, `the death of one soldier`: `one` after an existential `there is` or `of`.
    private static func isReportedOne(_ text: TokenizedText, at index: Int) -> Bool {
        text.isWord(index - 1, "of")
            || (text.isWord(index - 1, in: EnglishWords.copulas) && text.isWord(index - 2, "there"))
    }

    /// Whether other figures (not ages) stand within six tokens of the candidate at `position` in its sentence.
    private static func hasNeighbours(_ position: Int, in candidates: [FigureCandidate]) -> Bool {
        let candidate = candidates[position]
        return candidates.indices.contains { other in
            other != position && candidates[other].sentence == candidate.sentence && !candidates[other].isAge
                && abs(candidates[other].phrase.first.first - candidate.phrase.first.first) <= 6
        }
    }
}
