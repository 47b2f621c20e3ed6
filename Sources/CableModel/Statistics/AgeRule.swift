/// Whether a number states a person's age: `fourteen-year old`, `31-year-old`, `15 years old`, `aged 15`,
/// `the age of 18`, `Defense Minister Jung, 60, was …`.
enum AgeRule {
    static let ageUnits: Set<String> = ["year", "years", "month", "months", "yr", "yrs"]

    static func isAge(_ text: TokenizedText, _ phrase: NumberPhrase) -> Bool {
        let start = phrase.tokens.lowerBound
        if isAppositive(text, phrase) { return true }
        if text.isWord(start - 1, in: ["aged", "age", "ages"]) { return true }
        if text.isWord(start - 1, "of"), text.isWord(start - 2, in: ["age", "ages"]) { return true }
        var next = phrase.tokens.upperBound
        if text.isDash(next), text.isGlued(next) { next += 1 }
        guard text.isWord(next, in: ageUnits) else { return false }
        next += 1
        if text.isDash(next) { next += 1 }
        if text.isWord(next, "old") { return true }
        return text.isWord(next, "of") && text.isWord(next + 1, "age")
    }

    /// `Jung, 60, was …`: a bare whole number between commas right after a name.
    private static func isAppositive(_ text: TokenizedText, _ phrase: NumberPhrase) -> Bool {
        let start = phrase.tokens.lowerBound
        let end = phrase.tokens.upperBound
        guard phrase.second == nil, phrase.qualifier == nil, phrase.first.isPlainDigits,
            (15...110).contains(phrase.first.value),
            text.isSymbol(start - 1, ASCII.comma), text.isCapitalized(start - 2),
            text.isSymbol(end, ASCII.comma) || text.isSymbol(end, ASCII.closeParen)
        else { return false }
        return !text.isAllCaps(start - 2)
    }
}
