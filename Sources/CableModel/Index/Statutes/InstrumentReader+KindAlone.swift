extension InstrumentReader {
    /// Words between `the` and a kind of law that point back at an instrument named before (`the same charter`).
    static let backPointers: Set<String> = ["same", "said", "above"]

    /// `the law`, `the same charter` at `start` (after `of`): a kind of law alone, in lower case, that no `of` or
    /// `on` phrase follows (`the law of criminal procedure` is another law).
    static func read(kindAloneAfter start: Int, in scalars: [Unicode.Scalar]) -> InstrumentName? {
        guard let the = scalars.word(at: start, oneOf: ["the"]), var position = scalars.nextWordStart(after: the.end)
        else { return nil }
        if let pointer = scalars.word(at: position, oneOf: backPointers),
            let next = scalars.nextWordStart(after: pointer.end)
        {
            position = next
        }
        guard ScalarFolding.isLowercase(scalars[position]),
            let kind = scalars.word(at: position, oneOf: EnglishWords.standaloneLawKinds)
        else { return nil }
        if let next = scalars.nextWordStart(after: kind.end), scalars.word(at: next, oneOf: ["of", "on"]) != nil {
            return nil
        }
        return kindAlone(kind.word, range: start..<kind.end)
    }

    /// `the law` (`'s Article 3`), `the same constitution` (`Article 12`): a kind of law alone, in lower case,
    /// whose word is at `word`, after `the` and maybe a word that points back.
    static func read(kindAloneEndingAt word: Range<Int>, in scalars: [Unicode.Scalar]) -> InstrumentName? {
        let kind = scalars.lowercasedString(word)
        guard ScalarFolding.isLowercase(scalars[word.lowerBound]), EnglishWords.standaloneLawKinds.contains(kind),
            var previous = scalars.previousWordStart(before: word.lowerBound)
        else { return nil }
        if scalars.word(at: previous, oneOf: backPointers) != nil,
            let before = scalars.previousWordStart(before: previous)
        {
            previous = before
        }
        guard scalars.word(at: previous, oneOf: ["the"]) != nil else { return nil }
        return kindAlone(kind, range: previous..<word.upperBound)
    }

    /// A kind of law alone (`law`): it stands for the one instrument of that kind the text names, or for none.
    static func kindAlone(_ kind: String, range: Range<Int>) -> InstrumentName {
        var instrument = InstrumentName(text: kind, key: kind, range: range)
        instrument.isKindAlone = true
        return instrument
    }
}
