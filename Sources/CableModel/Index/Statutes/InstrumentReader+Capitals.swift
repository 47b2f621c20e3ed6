extension InstrumentReader {
    /// The most words a name in capitals puts before its kind of law (`THE RUSSIAN FEDERATION LAND CODE`).
    static let capitalsModifierLimit = 4

    /// `OF THE LAND CODE`, `OF THE CONSTITUTION` at `start` (after an `OF` in capitals): in a text in capitals every
    /// word looks like a name's, so the name is the words up to its first kind of law (`LAND CODE`), not the run of
    /// capitals after it (`DIVIDES FARMERS`).
    ///
    /// Nil when no kind of law comes within a few words, when a word of grammar or a number stands before it, and
    /// for a kind alone that an `of` or `on` phrase follows (`THE LAW ON ...`), whose end is not known: unknown
    /// rather than wrong. A kind alone (`OF THE LAW`) stands for the one instrument of that kind, as in lower case.
    static func read(capitalsAfter start: Int, in scalars: [Unicode.Scalar]) -> InstrumentName? {
        var position = start
        if let the = scalars.word(at: position, oneOf: ["the"]), let next = scalars.nextWordStart(after: the.end) {
            position = next
        }
        let nameStart = position
        for _ in 0...capitalsModifierLimit {
            let end = scalars.wordEnd(from: position)
            guard end > position, isCapitalsWord(position..<end, in: scalars) else { return nil }
            let word = scalars.lowercasedString(position..<end)
            if EnglishWords.lawKinds.contains(word) {
                let next = scalars.nextWordStart(after: end)
                let goesOn = next.map { scalars.word(at: $0, oneOf: objectPrepositions) != nil } ?? false
                guard position == nameStart else { return name(scalars, nameStart..<end) }
                return goesOn ? nil : kindAlone(word, range: start..<end)
            }
            guard !connectors.contains(word), let next = scalars.nextWordStart(after: end) else { return nil }
            position = next
        }
        return nil
    }

    /// Whether the word at `range` is written in capitals (letters, and an inner hyphen or apostrophe).
    private static func isCapitalsWord(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        scalars[range].contains(where: ScalarFolding.isLetter)
            && !scalars[range].contains(where: ScalarFolding.isLowercase)
            && !scalars[range].contains(where: \.isASCIIDigit)
    }
}
