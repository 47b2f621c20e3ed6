/// A number phrase that the rules accept as a figure (or an age), before its context is read.
struct FigureCandidate: Sendable {
    var phrase: NumberPhrase
    /// The position of its sentence in the field's sentence list.
    var sentence: Int
    /// Whether it states an age (`fourteen-year old`, `aged 15`): kept apart from the figures.
    var isAge = false

    /// Whether the phrase is the bare word `one` (no qualifier, range, scale or repetition in digits).
    var isBareOne: Bool {
        phrase.second == nil && phrase.qualifier == nil && phrase.currency == nil && !phrase.isPercent
            && phrase.first.isWords && phrase.first.value == 1 && !phrase.first.hasScale && !phrase.first.writtenTwice
            && phrase.first.tokens.count == 1
    }
}
