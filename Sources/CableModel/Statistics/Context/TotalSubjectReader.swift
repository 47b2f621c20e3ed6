/// What a count without a noun counts when a verb of totalling stands right before it: the subject that opens its
/// sentence (`Cases in the period covered by this report total well under 100`).
enum TotalSubjectReader {
    /// Verbs that say their subject adds up to the count after them.
    static let totalVerbs: Set<String> = ["total", "totals", "totaled", "totalled", "numbered"]

    /// The subject of the verb of totalling right before the count starting at `start`, read from the sentence's
    /// first word, or nil when no such verb stands there or the subject does not end before it.
    static func subject(_ text: TokenizedText, before start: Int, in sentence: Range<Int>) -> CountedNoun? {
        let verb = start - 1
        guard verb > sentence.lowerBound, text.isWord(verb, in: totalVerbs) else { return nil }
        var from = sentence.lowerBound
        while text.isWord(from, in: EnglishWords.determiners) { from += 1 }
        guard let subject = CountedNounReader.nounPhrase(text, from: from, in: sentence),
            subject.tokens.upperBound <= verb
        else { return nil }
        return subject.inherited
    }
}
