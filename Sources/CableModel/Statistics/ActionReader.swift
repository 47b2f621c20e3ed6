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
        _ text: TokenizedText, phrase: NumberPhrase, unit: UnitPhrase?, sentence: Range<Int>, previousEnd: Int?,
        rightLimit: Int
    ) -> Found {
        let leftLimit = previousEnd ?? sentence.lowerBound
        let afterUnit =
            unit.flatMap { $0.source == .following || $0.source == .partitive ? $0.tokens.upperBound : nil }
            ?? phrase.tokens.upperBound
        // NB: a figure followed by its own verb group is its subject (`510 were approved, 91 were denied`).
        if let passive = ActionAfter.passive(text, from: afterUnit, limit: min(sentence.upperBound, rightLimit)) {
            return .action(passive)
        }
        let left = lexiconVerbBefore(
            text, phrase.tokens.lowerBound, limit: max(sentence.lowerBound, leftLimit), sharing: previousEnd != nil)
        if case .action = left { return left }
        if let unit, let counted = ActionLexicon.countedNouns[unit.head] { return .action(counted) }
        if let active = ActionAfter.active(text, at: afterUnit, limit: min(sentence.upperBound, rightLimit)) {
            return .action(active)
        }
        if let unit, unit.source == .following, unit.tokens.count > 1,
            let action = ActionLexicon.action(ofVerb: text.lowered[unit.tokens.lowerBound])
        {
            return .action(action)
        }
        return left
    }

    /// A verb or action noun of the lexicon within ten words before the figure.
    private static func lexiconVerbBefore(_ text: TokenizedText, _ start: Int, limit: Int, sharing: Bool) -> Found {
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
                if words < 10, let action = ActionLexicon.action(ofVerb: word) { return .action(action) }
                if words < 10, ActionLexicon.isPastForm(word) { return .action(word) }
                words += 1
            } else {
                // NB: numbers here are dates or references: the previous figure ends the search, not them.
                words += 1
            }
            index -= 1
        }
        return sharing && index < limit ? .sharesPrevious : .none
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
