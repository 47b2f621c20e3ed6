/// Whether a number states a person's age: `fourteen-year old`, `31-year-old`, `15 years old`, `12 years or
/// younger`, `aged 15`, `the age of 18`, `Defense Minister Jung, 60, was …`, `children under 18`, `if the victim is
/// under 16`, `if the victim is under thirteen years`.
enum AgeRule {
    /// Units an age is counted in (`15 years old`).
    static let ageUnits: Set<String> = ["year", "years", "month", "months", "yr", "yrs"]

    /// The nouns for an age (`the age of 18`, `ages 12 to 17`).
    static let ageWords: Set<String> = ["age", "ages"]

    /// Words right before a number that make it an age (`aged 15`, `age 18`).
    static let ageOpeners: Set<String> = ageWords.union(["aged"])

    static func isAge(_ text: TokenizedText, _ phrase: NumberPhrase) -> Bool {
        let start = phrase.tokens.lowerBound
        if isAppositive(text, phrase) || isAgeBound(text, phrase) { return true }
        if text.isWord(start - 1, in: AgeRule.ageOpeners) { return true }
        if text.isWord(start - 1, "of"), text.isWord(start - 2, in: AgeRule.ageWords) { return true }
        var next = phrase.tokens.upperBound
        if text.isDash(next), text.isGlued(next) { next += 1 }
        guard text.isWord(next, in: ageUnits) else { return false }
        next += 1
        if text.isDash(next) { next += 1 }
        if text.isWord(next, "old") { return true }
        if text.isWord(next, "or") || text.isWord(next, "and") { return text.isWord(next + 1, in: ageComparatives) }
        return text.isWord(next, "of") && text.isWord(next + 1, "age")
    }

    /// Words after `N years or` that bound an age (`12 years or younger`, `60 years and older`); not `or more`, which
    /// bounds a term (`ten years or more`).
    static let ageComparatives: Set<String> = ["younger", "older"]

    /// Words that bound an age after a person noun.
    static let boundWords: Set<String> = ["under", "over", "below", "above"]
    /// Nouns for persons whose age a bound may follow, besides the categories (`children`, `girls`).
    static let persons: Set<String> = [
        "victim", "victims", "person", "persons", "people", "individuals", "citizens", "workers", "anyone", "those",
        "someone", "student", "students", "youth", "youths", "migrants",
    ]

    /// `children under 18`, `the victim is under 16`, `persons over 60`: a bound word after a person (or a person and
    /// a copula), and no plural noun of its own after the number (`over 60 victims` counts victims; `the number killed
    /// was over 60` is a count).
    private static func isAgeBound(_ text: TokenizedText, _ phrase: NumberPhrase) -> Bool {
        let number = phrase.first.tokens.lowerBound
        guard phrase.second == nil, phrase.currency == nil, !phrase.isPercent,
            phrase.first.isPlainDigits || phrase.first.isWords,
            (1...99).contains(phrase.first.value), text.isWord(number - 1, in: boundWords)
        else { return false }
        let holder = text.isWord(number - 2, in: EnglishWords.copulas) ? number - 3 : number - 2
        guard isPerson(text, holder) else { return false }
        let next = phrase.tokens.upperBound
        return text.isWord(next, in: ageUnits) || next >= text.count || text.tokens[next].kind != .word
            || !CountedNounReader.isPluralHead(text.lowered[next])
    }

    private static func isPerson(_ text: TokenizedText, _ index: Int) -> Bool {
        index >= 0 && index < text.count && text.tokens[index].kind == .word
            && (persons.contains(text.lowered[index]) || FigureVocabulary.personCategories[text.lowered[index]] != nil)
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
