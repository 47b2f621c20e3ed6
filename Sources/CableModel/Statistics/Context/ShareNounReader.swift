/// What a share counts when no noun follows it, and the change it measures: the noun it belongs to before `of`
/// (`an increase of 30%`), the subject of a copula (`the refusal rate was 6.3 percent`) or of a change verb
/// (`exports grew by 39 percent`, `support dropped from 45 percent`), or the object of a change verb (`raised its
/// share from 12 to 15 percent`).
enum ShareNounReader {
    /// Words of a verb group between a subject and its share (`would be`, `is projected to be`, `have been`).
    static let verbGroupWords: Set<String> = [
        "be", "been", "being", "would", "will", "could", "can", "may", "might", "should", "must", "to", "has", "have",
        "had", "projected", "expected", "estimated", "forecast", "still", "now", "currently", "also", "reportedly",
    ]

    /// Prepositions between a change verb and its share: `by` measures the change, `from` and `to` its ends.
    static let changePrepositions: Set<String> = ["by", "from", "to"]

    /// The noun phrase the share starting at `start` belongs to, or nil.
    static func noun(_ text: TokenizedText, before start: Int, in sentence: Range<Int>) -> CountedNoun? {
        var index = start - 1
        guard index > sentence.lowerBound else { return nil }
        if text.isWord(index, "of") { return phrase(text, endingAt: index - 1, in: sentence) }
        if text.isWord(index, in: changePrepositions) {
            index -= 1
            // NB: `from 21 to 24 percent`: the change's other end stands between.
            if text.isWord(index + 1, "to"), index > sentence.lowerBound, text.tokens[index].kind == .number,
                text.isWord(index - 1, "from")
            {
                index -= 2
            }
            if let object = phrase(text, endingAt: index, in: sentence),
                isChangeVerb(text, skippingDeterminersBefore: object.tokens.lowerBound - 1)
            {
                return object
            }
        }
        var sawVerb = false
        while index >= sentence.lowerBound, start - index < 10 {
            if text.tokens[index].kind == .word {
                let word = text.lowered[index]
                if EnglishWords.copulas.contains(word) || isChangeWord(word) {
                    sawVerb = true
                } else if !verbGroupWords.contains(word), !(word.count > 4 && word.hasSuffix("ly")) {
                    guard sawVerb, let subject = phrase(text, endingAt: index, in: sentence) else { return nil }
                    // NB: `showed a significant jump from 21 to 28 percent`: the change is a noun, with no subject.
                    return text.isWord(subject.tokens.lowerBound - 1, in: ["a", "an"]) ? nil : subject
                }
                index -= 1
            } else if text.tokens[index].kind == .number, text.isWord(index - 1, in: VerbAfterNoun.datePrepositions) {
                index -= 2
            } else if text.isSymbol(index, ASCII.openParen) {
                index -= 1
            } else {
                return nil
            }
        }
        return nil
    }

    /// Quantifiers whose `of` names a whole that later shares are parts of (`none of the visa holders`).
    static let wholeQuantifiers: Set<String> = EnglishWords.quantifiers.union(["none"])

    /// `None of the visa holders returned; 38% are still abroad`: the noun after a quantifier and `of` earlier in
    /// the sentence.
    static func quantifiedWhole(_ text: TokenizedText, before start: Int, in sentence: Range<Int>) -> CountedNoun? {
        var index = start - 1
        while index > sentence.lowerBound {
            if text.isWord(index, "of"), text.isWord(index - 1, in: wholeQuantifiers) {
                var from = index + 1
                while text.isWord(from, in: EnglishWords.determiners) { from += 1 }
                if let noun = CountedNounReader.nounPhrase(text, from: from, in: sentence) { return noun.inherited }
            }
            index -= 1
        }
        return nil
    }

    /// Whether the phrase is a share or the first end of one (`from 46 to 47 percent`).
    static func isShare(_ text: TokenizedText, _ phrase: NumberPhrase) -> Bool {
        let next = phrase.tokens.upperBound
        return phrase.isPercent
            || (text.isWord(next, "to") && next + 1 < text.count && text.tokens[next + 1].kind == .number
                && (text.isSymbol(next + 2, UInt8(ascii: "%"))
                    || text.isWord(next + 2, in: FigureVocabulary.percentWords)))
    }

    /// The change verb a share measures, in its past form: right before it or before `by` (`grew by 39 percent`,
    /// `have been increasing 25 percent`); nil when the share is where the change started or ended (`from`, `to`).
    static func changeAction(_ text: TokenizedText, before start: Int, in sentence: Range<Int>) -> String? {
        var index = start - 1
        if text.isWord(index, "by") { index -= 1 }
        while index > sentence.lowerBound, text.isWord(index, in: verbGroupWords) { index -= 1 }
        guard index >= sentence.lowerBound, text.tokens[index].kind == .word else { return nil }
        let word = text.lowered[index]
        guard isChangeWord(word), word != "up", word != "down" else { return nil }
        return PastForm.of(word)
    }

    private static func isChangeWord(_ word: String) -> Bool {
        PhraseReader.changeStems.contains { word.hasPrefix($0) }
    }

    private static func isChangeVerb(_ text: TokenizedText, skippingDeterminersBefore index: Int) -> Bool {
        var cursor = index
        while text.isWord(cursor, in: EnglishWords.determiners) { cursor -= 1 }
        return cursor >= 0 && text.tokens[cursor].kind == .word && isChangeWord(text.lowered[cursor])
            && ActionLexicon.isVerbForm(text.lowered[cursor])
    }

    /// The noun phrase whose head is the word at `end`: up to four words that are neither stop words nor verbs
    /// (`The overall adjusted refusal rate` gives `refusal rate`).
    static func phrase(_ text: TokenizedText, endingAt end: Int, in sentence: Range<Int>) -> CountedNoun? {
        // NB: `Lopez rose from 20 to 25 percent`: a name is who gained the share, not what it counts.
        guard end >= sentence.lowerBound, isNounWord(text, end), !text.isCapitalized(end) || end == sentence.lowerBound
        else { return nil }
        var first = end
        while first - 1 >= sentence.lowerBound, end - first < 3, isNounWord(text, first - 1) { first -= 1 }
        let written = text.oneLineText(from: first, through: end)
        return CountedNoun(tokens: first..<(end + 1), text: written, head: text.lowered[end], source: .inherited)
    }

    private static func isNounWord(_ text: TokenizedText, _ index: Int) -> Bool {
        guard CountedNounReader.isNounWord(text, index), text.bytes(of: index).count > 1 else { return false }
        let word = text.lowered[index]
        return !ActionLexicon.isVerbForm(word) && !(word.count > 4 && word.hasSuffix("ly"))
            && !EnglishWords.determiners.contains(word)
    }
}
