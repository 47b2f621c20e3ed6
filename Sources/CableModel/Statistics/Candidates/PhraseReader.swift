/// Reads a number phrase around a number: the qualifier and currency before it, a range after it
/// (`250 to 300`, `5-8`, `between 40 and 200`, `9 or 10`), and a percent sign or currency word after that.
enum PhraseReader {
    /// Words before `from` that make `from A to B` a change rather than a range.
    static let changeStems = [
        "increas", "rose", "rise", "rising", "grew", "grow", "declin", "fell", "fall", "drop",
        "decreas", "jump", "climb", "doubl", "went", "up", "down", "reduc", "cut", "rais",
    ]

    /// The phrase around the number at `index`, or nil when no number starts there.
    /// `isFree` says whether a token may belong to a figure (it is not part of a date or reference).
    static func read(_ text: TokenizedText, at index: Int, isFree: (Int) -> Bool) -> NumberPhrase? {
        guard let first = NumberReader.read(text, at: index) else { return nil }
        var phrase = NumberPhrase(tokens: index..<first.end, first: first)
        readCurrencyBefore(text, into: &phrase)
        if let (qualifier, start) = QualifierWords.qualifier(before: phrase.tokens.lowerBound, in: text) {
            phrase.qualifier = qualifier
            if qualifier != nil { phrase.tokens = start..<phrase.tokens.upperBound }
        }
        readSuffixes(text, into: &phrase)
        readRange(text, into: &phrase, isFree: isFree)
        if let (qualifier, end) = QualifierWords.qualifier(after: phrase.tokens.upperBound, in: text),
            phrase.second == nil
        {
            phrase.qualifier = phrase.qualifier ?? qualifier
            phrase.tokens = phrase.tokens.lowerBound..<end
        }
        return phrase
    }

    /// `$`, `US$`, `€`, `USD`, `NIS` right before the number.
    private static func readCurrencyBefore(_ text: TokenizedText, into phrase: inout NumberPhrase) {
        let before = phrase.tokens.lowerBound - 1
        guard before >= 0 else { return }
        // NB: a currency's name follows its amount (`5,000 won`); before a number it is another word (`won 40%`).
        if text.tokens[before].kind == .word, CurrencyNames.words[text.lowered[before]] != nil,
            !text.isAllCaps(before)
        {
            return
        }
        if let code = currency(text, at: before) {
            phrase.currency = code
            phrase.currencyText = text.text(of: before)
            var start = before
            if text.isWord(start - 1, "us"), text.isGlued(start) { start -= 1 }
            phrase.tokens = start..<phrase.tokens.upperBound
        }
    }

    /// The currency code that token `index` writes, as a symbol or a code.
    static func currency(_ text: TokenizedText, at index: Int) -> String? {
        guard index >= 0, index < text.count else { return nil }
        switch text.tokens[index].kind {
        case .symbol: return CurrencyNames.code(forSymbol: text.bytes(of: index))
        case .word: return CurrencyNames.code(forWord: text.lowered[index], asWritten: text.text(of: index))
        case .number: return nil
        }
    }

    /// A percent sign or word, or a currency after the number (`332 USD`, `5 million dollars`, `2m` with a currency).
    private static func readSuffixes(_ text: TokenizedText, into phrase: inout NumberPhrase) {
        var next = phrase.tokens.upperBound
        defer { applyScaleSuffix(to: &phrase) }
        if text.isSymbol(next, UInt8(ascii: "%")) {
            phrase.isPercent = true
            next += 1
        } else if text.isWord(next, in: FigureVocabulary.percentWords) {
            phrase.isPercent = true
            next += 1
        } else if text.isWord(next, "per"), text.isWord(next + 1, "cent") {
            phrase.isPercent = true
            next += 2
        } else if phrase.currency == nil, let code = currency(text, at: next), text.tokens[next].kind == .word {
            phrase.currency = code
            phrase.currencyText = text.text(of: next)
            next += 1
        } else if phrase.currency == nil, text.isWord(next, "us"), text.isWord(next + 1, "dollars") {
            phrase.currency = "USD"
            phrase.currencyText = "US dollars"
            next += 2
        }
        phrase.tokens = phrase.tokens.lowerBound..<max(next, phrase.tokens.upperBound)
    }

    /// Letters glued to an amount that scale it (`$2m`, `450M euros`, `5bn`), with their factor.
    static let scaleSuffixes: [String: Double] = [
        "m": 1_000_000, "mn": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000,
    ]

    /// `$2m`, `450M euros`: a scale letter glued to an amount of money, whichever side its currency stands.
    private static func applyScaleSuffix(to phrase: inout NumberPhrase) {
        guard phrase.currency != nil, let suffix = phrase.first.suffix, let scale = scaleSuffixes[suffix] else {
            return
        }
        phrase.first.value *= scale
        phrase.first.suffix = nil
        phrase.first.hasScale = true
    }

    /// `250 to 300`, `5-8`, `between 40 and 200`, `9 or 10`, `5 to 8 million`, `$5 to $10`, `three-to-six`, `at
    /// least 59 and possibly as many as 128`.
    private static func readRange(_ text: TokenizedText, into phrase: inout NumberPhrase, isFree: (Int) -> Bool) {
        let connector = phrase.tokens.upperBound
        let bounded = phrase.qualifier == .atLeast ? QualifierWords.upperBound(after: connector, in: text) : nil
        guard connector < text.count, bounded != nil || isRangeConnector(text, connector, phrase: phrase) else {
            return
        }
        let isHyphenatedWord = isHyphenatedRangeWord(text, connector)
        var start = bounded ?? connector + (isHyphenatedWord ? 3 : 1)
        if currency(text, at: start) != nil, text.tokens[start].kind == .symbol || phrase.currency != nil { start += 1 }
        guard start < text.count, isFree(start), var second = NumberReader.read(text, at: start), !second.isOrdinal,
            !second.isDecade, second.suffix == nil || second.suffix == phrase.first.suffix
        else { return }
        if text.isDash(connector), phrase.first.isWords != second.isWords { return }
        var first = phrase.first
        if second.hasScale, !first.hasScale, first.value < second.value / second.scale {
            first.value *= second.scale
        }
        guard second.value > first.value else { return }
        if text.isWord(connector, "or"), second.value > first.value * 2 + 1 { return }
        let endsPercent =
            text.isSymbol(second.end, UInt8(ascii: "%")) || text.isWord(second.end, in: FigureVocabulary.percentWords)
        if phrase.isPercent, !endsPercent, !text.isWord(connector, "to"), !text.isDash(connector) { return }
        second.tokens = second.first..<second.end
        phrase.first = first
        phrase.second = second
        let opensWithBetween = text.isWord(phrase.tokens.lowerBound - 1, "between") && text.isWord(connector, "and")
        if bounded != nil { phrase.qualifier = nil }
        phrase.tokens = (opensWithBetween ? phrase.tokens.lowerBound - 1 : phrase.tokens.lowerBound)..<second.end
        var rest = phrase
        rest.first = second
        rest.isPercent = false
        readSuffixes(text, into: &rest)
        phrase.tokens = phrase.tokens.lowerBound..<rest.tokens.upperBound
        phrase.isPercent = phrase.isPercent || rest.isPercent
        phrase.currency = phrase.currency ?? rest.currency
        phrase.currencyText = phrase.currencyText ?? rest.currencyText
    }

    /// `three-to-six`, `four?to-ten`: a range word between hyphens after the first number, where a hyphen lost in
    /// conversion may stand as a question mark glued to both neighbours.
    private static func isHyphenatedRangeWord(_ text: TokenizedText, _ connector: Int) -> Bool {
        // NB: the question mark is read as a lost hyphen only before a range word and a real hyphen.
        let opens =
            text.isDash(connector)
            || (text.isSymbol(connector, UInt8(ascii: "?")) && text.isGlued(connector) && text.isGlued(connector + 1))
        return opens && text.isWord(connector + 1, in: EnglishWords.rangeWords) && text.isDash(connector + 2)
    }

    private static func isRangeConnector(_ text: TokenizedText, _ index: Int, phrase: NumberPhrase) -> Bool {
        if text.isDash(index) || isHyphenatedRangeWord(text, index) { return true }
        if text.isWord(index, "and") { return text.isWord(phrase.tokens.lowerBound - 1, "between") }
        if text.isWord(index, "or") { return true }
        guard text.isWord(index, in: EnglishWords.rangeWords) else { return false }
        let opener = phrase.tokens.lowerBound - 1
        guard text.isWord(opener, "from") else { return true }
        for back in max(0, opener - 10)..<opener where text.tokens[back].kind == .word {
            let word = text.lowered[back]
            if changeStems.contains(where: { word.hasPrefix($0) }) { return false }
        }
        return true
    }
}
