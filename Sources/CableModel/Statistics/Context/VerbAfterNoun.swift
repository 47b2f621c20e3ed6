/// Verbs after a figure's noun phrase: a passive or perfect (`were convicted`, `have been issued`, `are pending`)
/// or an active past (`attended training`, `documented`).
enum VerbAfterNoun {
    /// Adverbs that may stand inside the verb group (`have successfully passed`).
    static let adverbs: Set<String> = [
        "been", "being", "also", "reportedly", "successfully", "subsequently", "later", "already", "all", "not",
        "yet", "originally", "eventually", "ultimately", "since", "so", "far", "then", "allegedly", "previously",
    ]

    /// Words after a figure that stand for its noun (`13 more were dismissed`, `11 others were dismissed`).
    static let othersWords: Set<String> = ["more", "others", "other", "additional", "remaining", "also"]

    /// Prepositions of a date between a noun and its verb (`43% of intercepted heroin in 2008 was smuggled`).
    static let datePrepositions: Set<String> = ["in", "on", "during", "since"]

    /// The participle after an auxiliary right after the noun phrase, or after an `of` phrase or a date that follows
    /// it (`two members of the Abergil syndicate were sentenced`, `43% of intercepted heroin in 2008 was smuggled`).
    static func passive(_ text: TokenizedText, from start: Int, limit: Int) -> String? {
        var index = start
        // NB: `13 more were dismissed`, `11 others were dismissed`.
        if text.isWord(index, in: VerbAfterNoun.othersWords) { index += 1 }
        if text.isWord(index, "of") {
            index += 1
            var words = 0
            while index < limit, words < 5, text.tokens[index].kind == .word,
                !EnglishWords.auxiliaries.contains(text.lowered[index]), !ActionLexicon.isPastForm(text.lowered[index])
            {
                index += 1
                words += 1
            }
        }
        if text.isWord(index, in: VerbAfterNoun.datePrepositions), index + 1 < limit,
            text.tokens[index + 1].kind == .number
        {
            index += 2
        }
        guard index < limit, text.isWord(index, in: EnglishWords.auxiliaries) else { return nil }
        return participle(text, after: index, limit: limit)
    }

    private static func participle(_ text: TokenizedText, after auxiliary: Int, limit: Int) -> String? {
        var index = auxiliary + 1
        while index < limit, text.tokens[index].kind == .word, adverbs.contains(text.lowered[index]) { index += 1 }
        guard index < limit, text.tokens[index].kind == .word else { return nil }
        let word = text.lowered[index]
        let isVerb =
            ActionLexicon.action(ofVerb: word) != nil || ActionLexicon.isPastForm(word)
            || (word.count > 5 && word.hasSuffix("ing"))
        guard isVerb else { return nil }
        // NB: `are estimated to be employed` counts the employed.
        if text.isWord(index + 1, "to"), text.isWord(index + 2, "be"), index + 3 < limit,
            let later = participle(text, after: index + 2, limit: limit)
        {
            return later
        }
        return name(word, followedBy: text, at: index + 1)
    }

    /// A past verb right after the noun phrase: `officials attended training`, `killings documented as …`.
    static func active(_ text: TokenizedText, at index: Int, limit: Int) -> String? {
        guard index < limit, text.tokens[index].kind == .word else { return nil }
        let word = text.lowered[index]
        guard ActionLexicon.isPastForm(word) || ActionLexicon.action(ofVerb: word) != nil else { return nil }
        return name(word, followedBy: text, at: index + 1)
    }

    private static func name(_ word: String, followedBy text: TokenizedText, at next: Int) -> String {
        if word == "attended",
            text.isWord(next, in: ActionReader.trainingWords)
                || (text.tokens.indices.contains(next + 1) && text.isWord(next + 1, in: ActionReader.trainingWords))
        {
            return "trained"
        }
        return ActionLexicon.action(ofVerb: word) ?? word
    }
}
