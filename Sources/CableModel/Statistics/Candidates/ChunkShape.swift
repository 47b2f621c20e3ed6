/// Whether a number is glued into a code (`FS-04`, `N5.3`, `212(a)(3)`, `24/7`, `G-8`) rather than standing as a
/// quantity: the run of tokens without spaces around it may hold only brackets, quotes, currency signs, closing
/// punctuation, a range partner or a hyphenated unit (`24-hour`).
enum ChunkShape {
    /// Whether the phrase's first number sits in a code.
    static func isCode(_ text: TokenizedText, _ phrase: NumberPhrase) -> Bool {
        gluedBefore(text, phrase.tokens.lowerBound) || gluedAfter(text, phrase.tokens.upperBound)
    }

    /// Units after a slash that make an amount a rate (`$100/month`).
    static let rateUnits: Set<String> = ["year", "month", "week", "day", "hour", "yr", "mo", "hr", "person", "head"]

    /// Words hyphenated before a number that make it a modifier, not a code (`mid-2008`, `over-18`).
    static let hyphenatedPrefixes: Set<String> = EnglishWords.yearPrefixes.union(["over", "under"])

    private static func gluedBefore(_ text: TokenizedText, _ start: Int) -> Bool {
        var index = start
        while index > 0, text.isGlued(index) {
            let before = index - 1
            if isOpener(text, before) {
                // NB: `9%(275 homicides)`: a bracket glued to a share opens an aside.
                if text.isSymbol(before, ASCII.openParen), text.isSymbol(before - 1, UInt8(ascii: "%")) { return false }
                index = before
                continue
            }
            if text.isDash(before),
                text.isWord(before - 1, in: ChunkShape.hyphenatedPrefixes) || isPunctuationDash(text, before)
            {
                return false
            }
            if text.isWord(before, "us"), PhraseReader.currency(text, at: index) != nil { return false }
            return true
        }
        return false
    }

    private static func gluedAfter(_ text: TokenizedText, _ end: Int) -> Bool {
        var index = end
        while index < text.count, text.isGlued(index) {
            if text.isDash(index) {
                // NB: a hyphenated word after the number is its unit (`24-hour`, `five-person`); a number is a code.
                return !(index + 1 < text.count && text.tokens[index + 1].kind == .word)
            }
            // NB: `$100/month`: a rate per unit of time; `9%(275 homicides)`: an aside after a share.
            if text.isSymbol(index, ASCII.slash), text.isWord(index + 1, in: ChunkShape.rateUnits) { return false }
            if text.isSymbol(index, ASCII.openParen), text.isSymbol(index - 1, UInt8(ascii: "%")) { return false }
            if text.isSymbol(index, ASCII.slash) || text.isSymbol(index, ASCII.openParen)
                || text.tokens[index].kind != .symbol
            {
                return true
            }
            if text.isSymbol(index, ASCII.period) || text.isSymbol(index, ASCII.colon) {
                return index + 1 < text.count && text.isGlued(index + 1) && text.tokens[index + 1].kind != .symbol
            }
            index += 1
        }
        return false
    }

    /// `two women--one of whom`, `women—one`: a double hyphen or an em dash sets a clause apart; it joins no code.
    private static func isPunctuationDash(_ text: TokenizedText, _ index: Int) -> Bool {
        if text.isDash(index - 1), text.isGlued(index) { return true }
        return Array(text.bytes(of: index)) == [0xE2, 0x80, 0x94]
    }

    /// Symbols that may open a number's chunk: brackets, quotes and currency signs.
    private static func isOpener(_ text: TokenizedText, _ index: Int) -> Bool {
        guard text.tokens[index].kind == .symbol else { return false }
        if text.isSymbol(index, ASCII.openParen) || text.isSymbol(index, ASCII.openBracket)
            || text.isSymbol(index, ASCII.quote)
            || text.isSymbol(index, ASCII.apostrophe) || text.isSymbol(index, UInt8(ascii: "~"))
        {
            return true
        }
        if PhraseReader.currency(text, at: index) != nil { return true }
        let bytes = text.bytes(of: index)
        return bytes.count == 3 && bytes.first == 0xE2 && (bytes.last == 0x9C || bytes.last == 0x98)
    }
}
