/// The words that bound or approximate a number (`at least`, `up to`, `around`, `more than`, `or more`).
enum QualifierWords {
    /// Phrases before a number, lower case, longest first.
    static let before: [([String], Figure.Qualifier?)] = [
        (["no", "fewer", "than"], .atLeast), (["no", "less", "than"], .atLeast), (["not", "less", "than"], .atLeast),
        (["no", "more", "than"], .upTo), (["not", "more", "than"], .upTo), (["in", "excess", "of"], .moreThan),
        (["as", "many", "as"], .upTo), (["as", "much", "as"], .upTo), (["as", "few", "as"], .atLeast),
        (["a", "maximum", "of"], .upTo), (["a", "minimum", "of"], .atLeast), (["a", "total", "of"], nil),
        (["at", "least"], .atLeast), (["at", "most"], .upTo), (["up", "to"], .upTo), (["more", "than"], .moreThan),
        (["fewer", "than"], .lessThan), (["less", "than"], .lessThan), (["close", "to"], .nearly),
        (["just", "over"], .moreThan), (["well", "over"], .moreThan), (["just", "under"], .nearly),
        (["well", "under"], .lessThan),
        (["upwards", "of"], .moreThan), (["maximum", "of"], .upTo), (["minimum", "of"], .atLeast),
        (["an", "estimated"], .about), (["total", "of"], nil), (["over"], .moreThan), (["above"], .moreThan),
        (["exceeding"], .moreThan), (["below"], .lessThan), (["nearly"], .nearly), (["almost"], .nearly),
        (["approximately"], .about), (["approx"], .about), (["about"], .about), (["around"], .about),
        (["roughly"], .about), (["some"], .about), (["estimated"], .about), (["circa"], .about), (["ca"], .about),
    ]

    /// The qualifier whose words end just before token `index`, and the token where they start.
    static func qualifier(before index: Int, in text: TokenizedText) -> (Figure.Qualifier?, start: Int)? {
        var end = index
        // NB: `approx.` puts a period between the word and the number.
        if text.isSymbol(end - 1, ASCII.period), text.isWord(end - 2, "approx") { end -= 1 }
        for (words, qualifier) in before where end - words.count >= 0 {
            let start = end - words.count
            var matches = true
            for (offset, word) in words.enumerated() where !text.isWord(start + offset, word) {
                matches = false
                break
            }
            if matches { return (qualifier, start) }
        }
        return nil
    }

    /// Words of doubt before a second bound (`at least 59 and possibly as many as 128`).
    static let hedges: Set<String> = ["possibly", "perhaps", "maybe", "probably", "potentially"]

    /// `and as many as 5`, `and possibly up to 128` after a number bounded below: the token where the upper bound's
    /// number stands.
    static func upperBound(after connector: Int, in text: TokenizedText) -> Int? {
        guard text.isWord(connector, "and") else { return nil }
        let start = text.isWord(connector + 1, in: hedges) ? connector + 2 : connector + 1
        return (start + 1...start + 3).first { number in
            guard let (qualifier, from) = qualifier(before: number, in: text) else { return false }
            return from == start && qualifier == .upTo
        }
    }

    /// The qualifier that words after a number give it (`or more`, `or fewer`, `or so`, `-plus`), and where they end.
    static func qualifier(after index: Int, in text: TokenizedText) -> (Figure.Qualifier, end: Int)? {
        if text.isWord(index, "or") {
            if text.isWord(index + 1, in: ["more", "above", "over", "older"]) { return (.atLeast, index + 2) }
            if text.isWord(index + 1, in: ["fewer", "less", "under", "below"]) { return (.upTo, index + 2) }
            if text.isWord(index + 1, "so") { return (.about, index + 2) }
        }
        if text.isSymbol(index, UInt8(ascii: "+")), text.isGlued(index) { return (.atLeast, index + 1) }
        if text.isWord(index, "plus") || (text.isDash(index) && text.isGlued(index) && text.isWord(index + 1, "plus")) {
            return (.atLeast, text.isWord(index, "plus") ? index + 1 : index + 2)
        }
        return nil
    }
}
