extension StatuteReferenceParser {
    /// The instrument written right before the keyword at `keyword`, only spaces between: `UN Charter Article 51`,
    /// `the Constitution Article 12`, `Penal Code Section 5`, `Law 1098 article 3`, `the TVPA section 108`, and the
    /// possessive `the Constitution's Article 12`, `the law's Article 3`.
    ///
    /// NB: in a text in capitals (`RURITANIA ARTICLE 12`) every word looks like a name or an acronym: a keyword
    /// without lower case takes no instrument from before it.
    func instrumentBefore(keyword: Range<Int>) -> InstrumentName? {
        guard scalars[keyword].contains(where: ScalarFolding.isLowercase),
            let previous = scalars.previousWordStart(before: keyword.lowerBound)
        else { return nil }
        let word = previous..<scalars.wordEnd(from: previous)
        if InstrumentWord(scalars, word).isPossessive {
            let head = word.lowerBound..<word.upperBound - 2
            return InstrumentReader.read(endingWith: head, in: scalars)
                ?? InstrumentReader.read(kindAloneEndingAt: head, in: scalars)
        }
        if scalars[word].allSatisfy(\.isASCIIDigit) { return lawNumbered(word) }
        if scalars[word].allSatisfy(ScalarFolding.isUppercase), InstrumentWord(scalars, word).isAcronym {
            return InstrumentReader.name(scalars, word)
        }
        return InstrumentReader.read(endingWith: word, in: scalars)
            ?? InstrumentReader.read(kindAloneEndingAt: word, in: scalars)
    }

    /// `Law 1098` before the keyword: a capitalised kind of law and its number at `number`.
    private func lawNumbered(_ number: Range<Int>) -> InstrumentName? {
        guard let head = scalars.previousWordStart(before: number.lowerBound) else { return nil }
        let kind = InstrumentWord(scalars, head..<scalars.wordEnd(from: head))
        guard kind.isHeadNoun, kind.isCapitalized, kind.hasLowercase else { return nil }
        return InstrumentReader.name(scalars, head..<number.upperBound)
    }

    /// Nouns for a part of a law after a copula: `Article 16 is a provision of ...`.
    static let partNouns: Set<String> = ["provision", "article", "clause", "part", "section", "rule", "paragraph"]

    /// `is a provision of`, `was an article in` after a reference ending at `end`: where the instrument's name
    /// starts, after `of` or `in`.
    func partOfAnInstrument(after end: Int) -> Int? {
        var position: Int? = scalars.skippingSpaces(from: end)
        for words in [EnglishWords.copulas, ["a", "an", "the"], StatuteReferenceParser.partNouns, ["of", "in"]] {
            guard let start = position, let word = scalars.word(at: start, oneOf: words) else { return nil }
            position = scalars.nextWordStart(after: word.end)
        }
        return position
    }
}
