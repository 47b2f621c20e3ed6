extension InstrumentReader {
    /// The most words a lower-case description of a law puts between `the` and its kind (`the new criminal code`).
    static let lowerCaseModifierLimit = 3

    /// `the nuclear draft law`, `the new criminal code`: a law described in lower case, by one to three lower-case
    /// words between `the` and a kind of law that can stand alone, whose word is at `kind`.
    ///
    /// Words that only say where the law stands in its making or in time (`the new law`, `the draft code`:
    /// `EnglishWords.lawStatusWords`) describe no specific law: the name is then a kind alone (`isKindAlone`).
    /// Nil for a kind alone (`the law`, `the same law`: `read(kindAloneEndingAt:in:)`), for a kind that an `of` or
    /// `on` phrase follows (`the law on elections` describes it further, and where it ends is not known), and for
    /// capitalised words (`InstrumentReader.read(around:in:isAllCapitals:)`).
    static func read(lowerCaseEndingWith kind: Range<Int>, in scalars: [Unicode.Scalar]) -> InstrumentName? {
        guard ScalarFolding.isLowercase(scalars[kind.lowerBound]),
            EnglishWords.standaloneLawKinds.contains(scalars.lowercasedString(kind))
        else { return nil }
        if let next = scalars.nextWordStart(after: kind.upperBound), scalars.word(at: next, oneOf: ["of", "on"]) != nil
        {
            return nil
        }
        var start = kind.lowerBound
        var modifiers = 0
        var describes = false
        while let previous = scalars.previousWordStart(before: start) {
            if scalars.word(at: previous, oneOf: ["the"]) != nil {
                guard modifiers > 0 else { return nil }
                return describes
                    ? name(scalars, start..<kind.upperBound)
                    : kindAlone(scalars.lowercasedString(kind), range: start..<kind.upperBound)
            }
            // NB: `the new law`, `the draft code` say when, not which: any law of the text could be meant.
            describes = describes || scalars.word(at: previous, oneOf: EnglishWords.lawStatusWords) == nil
            guard modifiers < lowerCaseModifierLimit, isLowerCaseModifier(previous..<start, in: scalars) else {
                return nil
            }
            modifiers += 1
            start = previous
        }
        return nil
    }

    /// A lower-case word that can describe a law (`new`, `nuclear`, `draft`): letters and hyphens only, and no
    /// word of grammar, no pointer back (`same`) and no other kind of law.
    private static func isLowerCaseModifier(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        let end = scalars.wordEnd(from: range.lowerBound)
        let word = scalars.lowercasedString(range.lowerBound..<end)
        return ScalarFolding.isLowercase(scalars[range.lowerBound])
            && scalars[range.lowerBound..<end].allSatisfy { ScalarFolding.isLetter($0) || $0 == "-" }
            && !backPointers.contains(word) && !EnglishWords.lawKinds.contains(word)
            && !EnglishWords.nameConnectors.contains(word) && !EnglishWords.prepositionFillers.contains(word)
            && !EnglishWords.auxiliaries.contains(word) && !EnglishWords.listConjunctions.contains(word)
    }
}
