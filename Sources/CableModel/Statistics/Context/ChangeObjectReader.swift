/// What a count without a noun counts when it is where a change ended or started: the object of the change verb
/// before it (`increased its prosecutions for trafficking to 63`, `cut the backlog of cases from 90`).
enum ChangeObjectReader {
    /// How many words a change verb may stand before the `to` or `from` of its count.
    static let reach = 8

    /// The object of the change verb that the count starting at `start`, after `to` or `from`, ends or starts.
    static func object(_ text: TokenizedText, before start: Int, in sentence: Range<Int>) -> CountedNoun? {
        let preposition = start - 1
        guard preposition > sentence.lowerBound, text.isWord(preposition, "to") || text.isWord(preposition, "from")
        else { return nil }
        var index = preposition - 1
        while index >= max(sentence.lowerBound, preposition - reach), text.tokens[index].kind == .word {
            if isChangeVerb(text.lowered[index]) {
                var from = index + 1
                while text.isWord(from, in: EnglishWords.determiners) { from += 1 }
                return CountedNounReader.nounPhrase(text, from: from, in: sentence)?.inherited
            }
            index -= 1
        }
        return nil
    }

    /// A past or present form of a verb of change (`increased`, `rose`), not `up` or `down`.
    private static func isChangeVerb(_ word: String) -> Bool {
        word.count > 3 && PhraseReader.changeStems.contains { word.hasPrefix($0) } && ActionLexicon.isVerbForm(word)
    }
}
