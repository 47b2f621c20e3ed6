/// Finds the action a figure counts in its sentence: the verb before it (`opened 24 cases`, `the return of 24
/// victims`), the passive after its noun phrase (`27 Army personnel were fired`), an active verb after it
/// (`250 to 300 Tajik officials attended training`), or its counted noun (`10 convictions`).
enum ActionReader {
    /// The result of the search: an action, or a sign that the figure shares the previous figure's verb.
    enum Found: Equatable {
        case action(String)
        case sharesPrevious
        case none
    }

    /// Words after `attended` that make it a training.
    static let trainingWords: Set<String> = [
        "training", "trainings", "course", "courses", "seminar", "seminars", "workshop", "workshops",
    ]

    /// The action of the figure `phrase` (with noun phrase `unit`), searching left no further than the end of the
    /// previous figure in the sentence (`previousEnd`) and right no further than the next figure (`rightLimit`).
    static func read(
        _ text: TokenizedText, phrase: NumberPhrase, unit: CountedNoun?, sentence: Range<Int>, previousEnd: Int?,
        rightLimit: Int
    ) -> Found {
        let leftLimit = previousEnd ?? sentence.lowerBound
        let afterUnit =
            unit.flatMap { $0.source == .following || $0.source == .partitive ? $0.tokens.upperBound : nil }
            ?? phrase.tokens.upperBound
        // NB: a figure followed by its own verb group is its subject (`510 were approved, 91 were denied`).
        if let passive = VerbAfterNoun.passive(text, from: afterUnit, limit: min(sentence.upperBound, rightLimit)) {
            return .action(passive)
        }
        if let held = VerbAfterNoun.under(text, from: afterUnit, limit: min(sentence.upperBound, rightLimit)) {
            return .action(held)
        }
        // NB: a figure without a noun of its own and a verb right after it (`34 terrorists killed and 51 arrested`).
        if unit == nil || unit?.source == .inherited,
            let active = VerbAfterNoun.active(
                text, at: phrase.tokens.upperBound, limit: min(sentence.upperBound, rightLimit))
        {
            return .action(active)
        }
        // NB: `38% are still in the U.S.`: a figure followed by its own verb group is its clause's subject.
        if text.isWord(afterUnit, in: EnglishWords.auxiliaries) { return .none }
        if isInPrepositionalPhrase(text, before: phrase.tokens.lowerBound, limit: leftLimit) {
            // NB: `resulting in nine prosecutions`: a counted noun names its action wherever it stands;
            // `in the one case wherein the owner was convicted`, a relative clause's passive.
            return unit.flatMap { ActionLexicon.countedNouns[$0.head] }.map(Found.action)
                ?? VerbAfterNoun.relativePassive(text, at: afterUnit, limit: min(sentence.upperBound, rightLimit))
                .map(Found.action) ?? .none
        }
        let left = lexiconVerbBefore(
            text, phrase.tokens.lowerBound, limit: max(sentence.lowerBound, leftLimit), sharing: previousEnd != nil,
            measures: unit.map {
                FigureVocabulary.measureUnits.contains($0.head) || FigureVocabulary.timeUnits.contains($0.head)
            }
                ?? false)
        if case .action(let verb) = left {
            return lightVerbAction(text, verb: verb, unit: unit, after: afterUnit).map(Found.action) ?? left
        }
        if let unit, let counted = ActionLexicon.countedNouns[unit.head] { return .action(counted) }
        if let active = VerbAfterNoun.active(text, at: afterUnit, limit: min(sentence.upperBound, rightLimit)) {
            return .action(active)
        }
        if let unit, unit.source == .following, unit.tokens.count > 1,
            let action = ActionLexicon.action(ofVerb: text.lowered[unit.tokens.lowerBound])
        {
            return .action(action)
        }
        // NB: `as well as one man who was later indicted`: with no verb of its own before it, the relative clause's.
        if left == .none || left == .sharesPrevious,
            let relative = VerbAfterNoun.relativePassive(
                text, at: afterUnit, limit: min(sentence.upperBound, rightLimit))
        {
            return .action(relative)
        }
        return left
    }

    /// `made 30 arrests`, `completed USD 1 billion in sales`: the action a light verb's object names.
    private static func lightVerbAction(_ text: TokenizedText, verb: String, unit: CountedNoun?, after: Int) -> String?
    {
        guard ActionLexicon.lightVerbs.contains(verb) else { return nil }
        if let unit, let action = ActionLexicon.countedNouns[unit.head] { return action }
        guard text.isWord(after, "in"), after + 1 < text.count, text.tokens[after + 1].kind == .word else { return nil }
        return ActionLexicon.tradeNouns[text.lowered[after + 1]]
    }

    /// `to add 10 percent`, `will hire 40 staff`, `Post receives 2 reports`: a verb in its plain or `-s` form right
    /// before the figure (determiners aside), in its past form; nil for other words and for verbs of reporting or
    /// having.
    private static func plainVerb(_ text: TokenizedText, at index: Int, before start: Int, limit: Int) -> String? {
        guard CountedNounReader.isNounWord(text, index), !text.isCapitalized(index),
            ((index + 1)..<start).allSatisfy({ text.isWord($0, in: EnglishWords.prepositionFillers) })
        else { return nil }
        let word = text.lowered[index]
        let afterInfinitive = text.isWord(index - 1, "to") || text.isWord(index - 1, in: VerbAfterNoun.modals)
        let isThirdPerson =
            word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us")
            && !word.hasSuffix("is") && index > 0 && CountedNounReader.isNounWord(text, index - 1)
            && !text.isWord(index - 1, in: EnglishWords.determiners)
            && (!text.isCapitalized(index - 1) || index - 1 == limit)
        guard afterInfinitive || isThirdPerson, !(word.count > 4 && word.hasSuffix("ly")) else { return nil }
        let past = PastForm.of(word)
        return ActionLexicon.nonActions.contains(past) ? nil : ActionLexicon.action(ofVerb: word) ?? past
    }

    /// A verb or action noun of the lexicon within ten words before the figure.
    private static func lexiconVerbBefore(
        _ text: TokenizedText, _ start: Int, limit: Int, sharing: Bool, measures: Bool
    ) -> Found {
        var index = start - 1
        var words = 0
        while index >= limit, words < 16 {
            let token = text.tokens[index]
            if token.kind == .symbol {
                if text.isSymbol(index, ASCII.semicolon) || text.isSymbol(index, ASCII.colon)
                    || text.isSymbol(index, ASCII.openParen)
                    || text.isSymbol(index, ASCII.closeParen)
                {
                    return .none
                }
            } else if token.kind == .word {
                let word = text.lowered[index]
                if ActionLexicon.leftStops.contains(word) { return .none }
                if ActionLexicon.comparisons.contains(word) { return sharing ? .sharesPrevious : .none }
                if !FigureVocabulary.objectFillers.contains(word), text.isWord(index + 1, "of"), index + 1 < start,
                    onlyFillers(text, from: index + 2, to: start)
                {
                    // NB: `the return of 24 victims` counts returns; `possession of 700,000 tablets` counts no action.
                    return ActionLexicon.nouns[word].map(Found.action) ?? .none
                }
                if words < 10, let action = ActionLexicon.action(ofVerb: word) {
                    // NB: `if convicted, the six defendants face …` counts no conviction.
                    return text.isWord(index - 1, in: ActionReader.conditionWords) ? .none : .action(action)
                }
                if let verb = plainVerb(text, at: index, before: start, limit: limit) { return .action(verb) }
                // NB: `the United States`: a capital inside a sentence is a name, not a verb.
                if words < 10, ActionLexicon.isPastForm(word), !text.isCapitalized(index) || index == limit {
                    // NB: `promised to add 1,000 officers`: a verb before `to` governs another verb, not the figure.
                    return text.isWord(index + 1, "to") ? .none : .action(word)
                }
                if ActionLexicon.stateVerbs.contains(word) { return .none }
                if word.count > 5, word.hasSuffix("ing"), !ActionLexicon.nonActions.contains(word) {
                    // NB: `scoring 11 seats`, `while importing $343 million`: a gerund right before its object (not
                    // a tense, `is developing`, nor a measure, `cruising above 3000 feet`).
                    let isGerund =
                        !measures && onlyFillers(text, from: index + 1, to: start)
                        && !text.isWord(index - 1, in: EnglishWords.auxiliaries)
                    return isGerund ? .action(PastForm.of(word)) : .none
                }
                words += 1
            } else {
                // NB: numbers here are dates or references: the previous figure ends the search, not them.
                words += 1
            }
            index -= 1
        }
        return sharing && index < limit ? .sharesPrevious : .none
    }

    /// Prepositions that put a figure in a phrase of its own rather than make it a verb's object
    /// (`support to the two groups`, `shot by two gunmen`, `wanted in over a dozen cases`).
    static let prepositions: Set<String> = [
        "to", "for", "with", "from", "on", "by", "against", "into", "among", "between", "in", "at", "about", "toward",
        "towards", "through", "within", "after", "before", "during", "without", "like", "per",
    ]

    /// Conjunctions that make a verb a condition, which counts no action (`if convicted, the six defendants`).
    static let conditionWords: Set<String> = ["if", "unless", "once", "until"]

    /// Whether the word before the figure (past determiners) is a preposition.
    private static func isInPrepositionalPhrase(_ text: TokenizedText, before start: Int, limit: Int) -> Bool {
        var index = start - 1
        while index >= limit,
            text.isWord(index, in: EnglishWords.prepositionFillers)
        {
            index -= 1
        }
        guard index >= limit, text.isWord(index, in: prepositions) else { return false }
        // NB: `compared to the 23` shares the verb before; `sentenced to two years`, `arrested with 18 others`
        // take the preposition as part of the verb.
        let before = index - 1
        guard before >= 0, text.tokens[before].kind == .word else { return true }
        let word = text.lowered[before]
        return !ActionLexicon.comparisons.contains(word) && ActionLexicon.action(ofVerb: word) == nil
    }

    /// Whether the tokens between `start` and `end` are only determiners, bounds and quotes.
    private static func onlyFillers(_ text: TokenizedText, from start: Int, to end: Int) -> Bool {
        (start..<end).allSatisfy { index in
            (text.tokens[index].kind == .word && FigureVocabulary.objectFillers.contains(text.lowered[index]))
                || text.isSymbol(index, ASCII.quote) || isCurlyQuote(text, index)
                || PhraseReader.currency(text, at: index) != nil
        }
    }

    static func isCurlyQuote(_ text: TokenizedText, _ index: Int) -> Bool {
        guard index >= 0, index < text.count, text.tokens[index].kind == .symbol else { return false }
        let bytes = text.bytes(of: index)
        return bytes.count == 3 && bytes.first == 0xE2 && bytes[bytes.startIndex + 1] == 0x80
            && (0x98...0x9D).contains(bytes.last ?? 0)
    }
}
