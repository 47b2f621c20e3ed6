/// Verbs after a figure's noun phrase: a passive or perfect (`were convicted`, `have been issued`, `are pending`)
/// or an active past (`attended training`, `documented`).
enum VerbAfterNoun {
    /// Adverbs that may stand inside the verb group (`have successfully passed`).
    static let adverbs: Set<String> = [
        "been", "being", "also", "reportedly", "successfully", "subsequently", "later", "already", "all", "not",
        "yet", "originally", "eventually", "ultimately", "since", "so", "far", "then", "allegedly", "previously",
        "never", "currently", "still",
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
        index = pastModifiers(text, from: index, limit: limit)
        guard index < limit, text.isWord(index, in: EnglishWords.auxiliaries) || text.isWord(index, in: modals) else {
            return nil
        }
        return participle(text, after: index, limit: limit)
    }

    /// The action of a noun held `under` after the figure's noun phrase, adverbs and a copula aside (`one trafficker
    /// currently under investigation`, `two suspects remain under arrest`).
    static func under(_ text: TokenizedText, from start: Int, limit: Int) -> String? {
        var index = start
        while index < limit,
            text.isWord(index, in: adverbs) || text.isWord(index, in: EnglishWords.auxiliaries)
                || text.isWord(index, in: stayVerbs)
        {
            index += 1
        }
        guard index + 1 < limit, text.isWord(index, "under"), text.tokens[index + 1].kind == .word else { return nil }
        // NB: `is under preventive detention`: one modifier may stand before the noun.
        if let action = ActionLexicon.nouns[text.lowered[index + 1]] { return action }
        guard index + 2 < limit, text.tokens[index + 2].kind == .word else { return nil }
        return ActionLexicon.nouns[text.lowered[index + 2]]
    }

    /// Relative pronouns that open a clause about the noun before them (`one man who was later indicted`).
    static let relatives: Set<String> = ["who", "that", "which"]

    /// Relative words of place that open a clause with a subject of its own (`the case wherein the owner was
    /// convicted`).
    static let placeRelatives: Set<String> = ["wherein", "where", "whereby"]

    /// The action of the lexicon that a relative clause's passive names right after a noun phrase (`who was later
    /// indicted`; `(dating from 2005) wherein the owner was convicted`), or nil.
    static func relativePassive(_ text: TokenizedText, at index: Int, limit: Int) -> String? {
        let start = afterParenthesis(text, from: index, limit: limit)
        if text.isWord(start, in: relatives) {
            return passive(text, from: start + 1, limit: limit).flatMap(ActionLexicon.action(ofVerb:))
        }
        let opening = text.isWord(start, "in") && text.isWord(start + 1, "which") ? start + 1 : start
        guard opening > start || text.isWord(opening, in: placeRelatives) else { return nil }
        // NB: the clause's own subject (`a massage parlor owner`) stands before its passive.
        var cursor = opening + 1
        while cursor < min(limit, opening + 6), text.tokens[cursor].kind == .word,
            !text.isWord(cursor, in: EnglishWords.auxiliaries)
        {
            cursor += 1
        }
        return passive(text, from: cursor, limit: limit).flatMap(ActionLexicon.action(ofVerb:))
    }

    /// The token after a short parenthesis that opens at `index` (`(dating from 2005)`), else `index`.
    static func afterParenthesis(_ text: TokenizedText, from index: Int, limit: Int) -> Int {
        guard text.isSymbol(index, ASCII.openParen) else { return index }
        var cursor = index + 1
        while cursor < min(limit, index + 8) {
            if text.isSymbol(cursor, ASCII.closeParen) { return cursor + 1 }
            cursor += 1
        }
        return index
    }

    /// Verbs that keep a noun in a state (`remain under arrest`).
    static let stayVerbs: Set<String> = ["remain", "remains", "remained", "stay", "stays", "stayed"]

    /// Modal verbs: the plain verb after them is the action (`$150,000 will finance a program`).
    static let modals: Set<String> = ["will", "would", "could", "should", "may", "might", "must", "can", "shall"]

    /// Prepositions of a place after a noun phrase (`factories in Egypt are exporting`).
    static let placePrepositions: Set<String> = ["in", "at", "from"]

    /// The token after what may stand between a noun phrase and its verb: a place (`in Egypt`) and a participle
    /// phrase (`operating in Egypt`), up to an auxiliary within five words; `start` when there is none.
    private static func pastModifiers(_ text: TokenizedText, from start: Int, limit: Int) -> Int {
        var index = start
        if text.isWord(index, in: placePrepositions), text.isCapitalized(index + 1) {
            index += 1
            while index < limit, text.isCapitalized(index) { index += 1 }
        }
        guard index < limit, text.tokens[index].kind == .word, text.lowered[index].count > 5,
            text.lowered[index].hasSuffix("ing")
        else { return index }
        var cursor = index + 1
        while cursor < min(limit, index + 6), text.tokens[cursor].kind == .word {
            if text.isWord(cursor, in: EnglishWords.auxiliaries) || text.isWord(cursor, in: modals) { return cursor }
            cursor += 1
        }
        return index
    }

    private static func participle(_ text: TokenizedText, after auxiliary: Int, limit: Int) -> String? {
        var index = auxiliary + 1
        while index < limit, text.tokens[index].kind == .word, adverbs.contains(text.lowered[index]) { index += 1 }
        guard index < limit, text.tokens[index].kind == .word else { return nil }
        let word = text.lowered[index]
        if text.isWord(auxiliary, in: modals) {
            // NB: `will be sentenced`, `could have been killed`: the verb group goes on; `will finance` is the verb.
            if text.isWord(index, "be") || text.isWord(index, "have") {
                return participle(text, after: index, limit: limit)
            }
            guard CountedNounReader.isNounWord(text, index), !ActionLexicon.nonActions.contains(PastForm.of(word))
            else { return nil }
            return ActionLexicon.action(ofVerb: word) ?? PastForm.of(word)
        }
        // NB: `40 children were trafficked`: after an auxiliary a participle that is mostly an adjective is the verb.
        let isVerb =
            ActionLexicon.action(ofVerb: word) != nil || ActionLexicon.isPastForm(word)
            || ActionLexicon.attributiveParticiples.contains(word)
            || (word.count > 5 && word.hasSuffix("ing") && !ActionLexicon.nonActions.contains(word))
        guard isVerb else { return nil }
        // NB: `are estimated to be employed` counts the employed.
        if text.isWord(index + 1, "to"), text.isWord(index + 2, "be"), index + 3 < limit,
            let later = participle(text, after: index + 2, limit: limit)
        {
            return later
        }
        return name(word, followedBy: text, at: index + 1)
    }

    /// `found guilty` convicts, `found not guilty` or `found innocent` acquits.
    static func verdict(_ word: String, followedBy text: TokenizedText, at next: Int) -> String? {
        guard word == "found" else { return nil }
        if text.isWord(next, "guilty") { return "convicted" }
        if text.isWord(next, "innocent") || (text.isWord(next, "not") && text.isWord(next + 1, "guilty")) {
            return "acquitted"
        }
        return nil
    }

    /// A past verb right after the noun phrase: `officials attended training`, `killings documented as …`.
    static func active(_ text: TokenizedText, at start: Int, limit: Int) -> String? {
        var index = start
        // NB: `2% never traveled`: adverbs before the verb.
        while index < limit, text.isWord(index, in: adverbs), !text.isWord(index, "been") { index += 1 }
        guard index < limit, text.tokens[index].kind == .word else { return nil }
        let word = text.lowered[index]
        guard ActionLexicon.isPastForm(word) || ActionLexicon.action(ofVerb: word) != nil else { return nil }
        return name(word, followedBy: text, at: index + 1)
    }

    private static func name(_ word: String, followedBy text: TokenizedText, at next: Int) -> String {
        if let verdict = verdict(word, followedBy: text, at: next) { return verdict }
        if word == "attended",
            text.isWord(next, in: ActionReader.trainingWords)
                || (text.tokens.indices.contains(next + 1) && text.isWord(next + 1, in: ActionReader.trainingWords))
        {
            return "trained"
        }
        return ActionLexicon.action(ofVerb: word) ?? PastForm.of(word)
    }
}
