/// Verbs after a figure's noun phrase: a passive or perfect (`were convicted`, `have been issued`, `are pending`)
/// or an active past (`attended training`, `documented`).
enum ActionAfter {
    /// Adverbs that may stand inside the verb group (`have successfully passed`).
    static let adverbs: Set<String> = [
        "been", "being", "also", "reportedly", "successfully", "subsequently", "later", "already", "all", "not",
        "yet", "originally", "eventually", "ultimately", "since", "so", "far", "then", "allegedly", "previously",
    ]

    /// The participle after an auxiliary within a few words after the noun phrase.
    static func passive(_ text: TokenizedText, from start: Int, limit: Int) -> String? {
        var index = start
        var skipped = 0
        while index < limit, skipped < 6 {
            if text.tokens[index].kind == .number {
                skipped += 1
                index += 1
                continue
            }
            guard text.tokens[index].kind == .word else { return nil }
            let word = text.lowered[index]
            if ["were", "was", "are", "is", "have", "has", "had", "be"].contains(word) {
                return participle(text, after: index, limit: limit)
            }
            if ["who", "whom", "which", "that", "and", "or", "but"].contains(word) { return nil }
            if ActionLexicon.isPastForm(word) && skipped > 0 { return nil }
            skipped += 1
            index += 1
        }
        return nil
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
