/// Reads the noun phrase right after a figure: modifiers and a head noun, ending at a preposition, a verb,
/// punctuation or another number. Units of time and measure take their complement (`years of imprisonment`,
/// `liters of petrol`); shares take theirs (`43% of intercepted heroin`, `20% less land`).
enum CountedNounReader {
    /// Nouns that complete a unit of time in a penalty (`years imprisonment`, `years in prison`).
    static let custodyWords: Set<String> = [
        "imprisonment", "prison", "jail", "incarceration", "detention", "deprivation", "confinement", "custody",
        "probation", "sentence", "corrective", "labor", "labour", "hard",
    ]

    /// Comparatives after a share that count what follows them (`20% less land`).
    static let comparatives: Set<String> = ["less", "more", "fewer", "higher", "lower"]

    /// The phrase after the figure, or nil when the sentence does not write one there.
    static func read(_ text: TokenizedText, after phrase: NumberPhrase, in sentence: Range<Int>) -> CountedNoun? {
        // NB: an amount of money counts its currency (`$7 million grant`, `$29 million worth of goods`).
        guard phrase.currency == nil else { return nil }
        var start = phrase.tokens.upperBound
        if text.isDash(start), text.isGlued(start), start + 1 < sentence.upperBound,
            text.tokens[start + 1].kind == .word
        {
            start += 1
        }
        if phrase.isPercent {
            if text.isWord(start, "of") {
                return nounPhrase(text, from: skipDeterminers(text, start + 1), in: sentence)
            }
            if text.isWord(start, in: CountedNounReader.comparatives),
                let noun = nounPhrase(text, from: start + 1, in: sentence)
            {
                // NB: `20% less land` counts less land, not land.
                let end = noun.tokens.upperBound
                return CountedNoun(
                    tokens: start..<end, text: text.oneLineText(from: start, through: end - 1), head: noun.head)
            }
            // NB: `a 54 percent increase`, `a 100% return rate`: a share before a noun in lower case qualifies it
            // (in a table the next word is the next row's label, in capitals).
            let afterArticle = text.isWord(phrase.tokens.lowerBound - 1, in: ["a", "an"])
            guard isNounWord(text, start), !text.isCapitalized(start),
                afterArticle || !ActionLexicon.isVerbForm(text.lowered[start]),
                let noun = nounPhrase(text, from: start, in: sentence), !FigureVocabulary.timeUnits.contains(noun.head)
            else { return nil }
            return noun
        }
        // NB: `up from 25 last year`: a time placed back from now after the figure dates it and counts nothing.
        if isEarlierTime(text, at: start) { return nil }
        // NB: `… 20 Number of sentences imposed:`: `number of` after a figure opens the next count (a table's
        // heading glued to the row before it), not the figure's noun.
        if text.isWord(start, in: FieldFigureReader.numberOfWords), text.isWord(start + 1, "of") { return nil }
        // NB: `exported 30 times its imports`: a multiple counts what it multiplies.
        if text.isWord(start, "times"),
            let multiplied = nounPhrase(text, from: skipDeterminers(text, start + 1), in: sentence)
        {
            return multiplied
        }
        return nounPhrase(text, from: start, in: sentence) ?? partitive(text, at: start, in: sentence)
            ?? predicate(text, at: start, in: sentence)
    }

    /// `last year`, `the previous month` at `index`.
    static func isEarlierTime(_ text: TokenizedText, at index: Int) -> Bool {
        let word = text.isWord(index, "the") ? index + 1 : index
        return text.isWord(word, in: EnglishWords.earlierTimeWords)
            && text.isWord(word + 1, in: FigureVocabulary.timeUnits)
    }

    /// `17 of the women`, `two of these shelters`.
    private static func partitive(_ text: TokenizedText, at index: Int, in sentence: Range<Int>) -> CountedNoun? {
        guard text.isWord(index, "of"),
            text.isWord(index + 1, in: EnglishWords.partitiveOpeners)
        else { return nil }
        var from = skipDeterminers(text, index + 1)
        // NB: `Forty of the fifty victims`: the whole's number stands between.
        if from < sentence.upperBound, let whole = NumberReader.read(text, at: from) { from = whole.end }
        guard var unit = nounPhrase(text, from: from, in: sentence) else { return nil }
        unit.source = .partitive
        return unit
    }

    /// `80 of them`, `two of these`: a part whose whole a pronoun names, with no noun of its own.
    static func isPronounPartitive(_ text: TokenizedText, at index: Int) -> Bool {
        text.isWord(index, "of") && text.isWord(index + 1, in: EnglishWords.partitivePronouns)
    }

    /// `24 were adults`, `4 were men`: a category of persons after a copula.
    private static func predicate(_ text: TokenizedText, at index: Int, in sentence: Range<Int>) -> CountedNoun? {
        guard text.isWord(index, in: EnglishWords.copulas),
            var unit = nounPhrase(text, from: index + 1, in: sentence),
            FigureVocabulary.personCategories[unit.head] != nil
        else { return nil }
        unit.source = .predicate
        return unit
    }

    private static func skipDeterminers(_ text: TokenizedText, _ index: Int) -> Int {
        var cursor = index
        while text.isWord(cursor, in: EnglishWords.determiners) { cursor += 1 }
        return cursor
    }

    /// Modifiers and a head from `start`: `criminal cases`, `Pacification Police Unit (UPP) officers`, `years of imprisonment`.
    /// `joinsCommas` lets a comma join two modifiers (`four specific, known cases`).
    static func nounPhrase(
        _ text: TokenizedText, from start: Int, in sentence: Range<Int>, joinsCommas: Bool = true
    ) -> CountedNoun? {
        var words: [Int] = []
        var start = start
        // NB: `three more plenary sessions`: `more` before a noun is not the noun (`13 more were dismissed` has none).
        if text.isWord(start, "more"), start + 1 < sentence.upperBound, text.tokens[start + 1].kind == .word,
            !FigureVocabulary.phraseStops.contains(text.lowered[start + 1])
        {
            start += 1
        }
        // NB: `more than 100 "blind spots"`: a noun in quotes right after the figure is its noun.
        if isOpeningQuote(text, start, in: sentence) { start += 1 }
        var cursor = start
        while cursor < sentence.upperBound, words.count < 7 {
            if text.tokens[cursor].kind == .word, isHyphenatedModifier(text, cursor, in: sentence) {
                // NB: `in-person interviews`, `off-site storage`: a small word hyphenated to the next.
                words.append(cursor)
                cursor += 2
            } else if text.tokens[cursor].kind == .word {
                guard isPhraseWord(text, cursor, after: words, in: sentence) else { break }
                words.append(cursor)
                cursor += 1
                if words.count == 1, let end = complement(text, of: cursor - 1, in: sentence) {
                    return phrase(text, start, end)
                }
            } else if !words.isEmpty, text.isDash(cursor), text.isGlued(cursor), text.isGlued(cursor + 1),
                cursor + 1 < sentence.upperBound, text.tokens[cursor + 1].kind == .word
            {
                cursor += 1
            } else if let last = words.last, isPluralPossessive(text, cursor, after: last, in: sentence) {
                // NB: `thirty prospectors' bodies`: a plural possessive goes on to its noun.
                cursor += 1
            } else if let last = words.last, text.isSymbol(cursor, ASCII.period), text.isGlued(cursor),
                text.tokens[last].end - text.tokens[last].start == 1, cursor + 1 < sentence.upperBound,
                text.tokens[cursor + 1].kind == .word
            {
                // NB: the periods of an initialism (`U.S. troops`) do not end the phrase.
                cursor += 1
            } else if !words.isEmpty, isOpeningQuote(text, cursor, in: sentence) {
                // NB: `30 potential trafficking "situations."`: a word put in quotes goes on with the phrase.
                cursor += 1
            } else if !words.isEmpty, let close = acronymInBrackets(text, at: cursor, in: sentence) {
                cursor = close + 1
            } else if joinsCommas, let last = words.last,
                isCoordinatedModifier(text, comma: cursor, after: last, in: sentence)
            {
                cursor += 1
            } else {
                break
            }
        }
        guard let last = words.last else { return nil }
        return phrase(text, start, last + 1)
    }

    private static func phrase(_ text: TokenizedText, _ start: Int, _ end: Int) -> CountedNoun {
        var last = end - 1
        while last > start, text.tokens[last].kind != .word { last -= 1 }
        let written = text.oneLineText(from: start, through: end - 1)
        return CountedNoun(tokens: start..<end, text: written, head: text.lowered[last])
    }

    /// Whether the word at `index` continues the phrase: not a stop word, a number, an adverb or a verb.
    private static func isPhraseWord(_ text: TokenizedText, _ index: Int, after words: [Int], in sentence: Range<Int>)
        -> Bool
    {
        let word = text.lowered[index]
        if FigureVocabulary.phraseStops.contains(word) || NumberWordTable.startsNumber(word) { return false }
        if let previous = words.last, isPluralHead(text.lowered[previous]), !isPluralHead(word), !word.hasSuffix("ing")
        {
            // NB: a plural noun ends the phrase (`families fled`, `migrants work abroad`) unless a compound goes on
            // (`human rights groups`, `arms trafficking`).
            return false
        }
        if word.count > 4, word.hasSuffix("ly"), !word.hasSuffix("ply") { return false }
        let verbLike = word.count > 4 && (word.hasSuffix("ed") || word.hasSuffix("ing"))
        guard verbLike else { return true }
        let next = index + 1
        let nextEnds =
            next >= sentence.upperBound
            || (text.tokens[next].kind != .word && !isOpeningQuote(text, next, in: sentence))
            || FigureVocabulary.phraseStops.contains(text.lowered[next])
        guard let previous = words.last else { return !nextEnds }
        let previousWord = text.lowered[previous]
        let previousIsPlural =
            (previousWord.hasSuffix("s") && !previousWord.hasSuffix("ss"))
            || FigureVocabulary.irregularPlurals.contains(previousWord)
        return !(previousIsPlural || nextEnds)
    }

    /// Whether the token at `index` is a word that may open a noun phrase (not a stop word or a number word).
    static func isNounWord(_ text: TokenizedText, _ index: Int) -> Bool {
        index < text.count && text.tokens[index].kind == .word
            && !FigureVocabulary.phraseStops.contains(text.lowered[index])
            && !NumberWordTable.startsNumber(text.lowered[index])
    }

    /// Whether the word at `index` is a stop word hyphenated to the word after it (`in-person`).
    private static func isHyphenatedModifier(_ text: TokenizedText, _ index: Int, in sentence: Range<Int>) -> Bool {
        FigureVocabulary.phraseStops.contains(text.lowered[index]) && text.isDash(index + 1) && text.isGlued(index + 1)
            && text.isGlued(index + 2) && index + 2 < sentence.upperBound && text.tokens[index + 2].kind == .word
    }

    /// Whether the token at `index` is the apostrophe of a plural possessive after the word `last`, with a word after
    /// it (`prospectors' bodies`).
    private static func isPluralPossessive(
        _ text: TokenizedText, _ index: Int, after last: Int, in sentence: Range<Int>
    )
        -> Bool
    {
        guard index == last + 1, text.isGlued(index), text.lowered[last].hasSuffix("s"),
            text.isSymbol(index, ASCII.apostrophe) || isCurlyApostrophe(text, index),
            index + 1 < sentence.upperBound, text.tokens[index + 1].kind == .word, text.tokens[index + 1].spaceBefore
        else { return false }
        return true
    }

    private static func isCurlyApostrophe(_ text: TokenizedText, _ index: Int) -> Bool {
        guard text.tokens[index].kind == .symbol else { return false }
        return Array(text.bytes(of: index)) == [0xE2, 0x80, 0x99]
    }

    /// Whether a word looks like a plural noun: `victims`, `people`, `women` (not `ss` endings like `witness`).
    static func isPluralHead(_ word: String) -> Bool {
        // NB: `the country's wheat`: a possessive is no plural.
        if word.hasSuffix("'s") || word.hasSuffix("\u{2019}s") { return false }
        return FigureVocabulary.irregularPlurals.contains(word)
            || (word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us")
                && !word.hasSuffix("is"))
    }

    /// The end of a unit of time or measure with its complement: `years of imprisonment`, `years imprisonment`,
    /// `years in prison`, `liters of petrol`; nil when the word is no such unit or has none.
    private static func complement(_ text: TokenizedText, of unit: Int, in sentence: Range<Int>) -> Int? {
        let word = text.lowered[unit]
        let next = unit + 1
        if FigureVocabulary.timeUnits.contains(word) {
            if text.isWord(next, in: custodyWords) { return next + 1 }
            if text.isWord(next, in: ["of", "in"]), text.isWord(next + 1, in: custodyWords) { return next + 2 }
            return unit + 1
        }
        guard FigureVocabulary.measureUnits.contains(word), text.isWord(next, "of"),
            let object = nounPhrase(text, from: next + 1, in: sentence)
        else { return nil }
        return object.tokens.upperBound
    }

    /// Whether the comma at `index` joins two modifiers of one plural noun (`four specific, known cases`): the
    /// word before it is no plural noun, and the words after it make a phrase with a plural head.
    private static func isCoordinatedModifier(
        _ text: TokenizedText, comma index: Int, after last: Int, in sentence: Range<Int>
    ) -> Bool {
        // NB: `24 Tajik, Uzbek and Kyrgyz citizens` stops at the comma: the phrase after it has no plural head.
        guard index == last + 1, text.isSymbol(index, ASCII.comma), text.isGlued(index),
            !isPluralHead(text.lowered[last]), !text.isCapitalized(last), isNounWord(text, index + 1),
            let rest = nounPhrase(text, from: index + 1, in: sentence, joinsCommas: false)
        else { return false }
        return isPluralHead(rest.head)
    }

    /// Whether the token at `index` is a double quote that opens a word: a space before it, none after it.
    private static func isOpeningQuote(_ text: TokenizedText, _ index: Int, in sentence: Range<Int>) -> Bool {
        text.isSymbol(index, ASCII.quote) && text.tokens[index].spaceBefore && text.isGlued(index + 1)
            && index + 1 < sentence.upperBound && text.tokens[index + 1].kind == .word
    }

    /// `(UPP)` inside a phrase, followed by more of it: the index of the `)`.
    private static func acronymInBrackets(_ text: TokenizedText, at index: Int, in sentence: Range<Int>) -> Int? {
        guard text.isSymbol(index, ASCII.openParen), text.isAllCaps(index + 1),
            text.isSymbol(index + 2, ASCII.closeParen),
            index + 3 < sentence.upperBound, text.tokens[index + 3].kind == .word,
            !FigureVocabulary.phraseStops.contains(text.lowered[index + 3])
        else { return nil }
        return index + 2
    }
}
