/// A figure while its field is being read: the phrase and the context found for it so far.
struct FigureDraft: Sendable {
    var candidate: FigureCandidate
    var countedNoun: CountedNoun?
    var action: String?
    /// Whether the figure shares the verb of the figure before it (`prosecuted 19 cases and convicted 25`).
    var sharesPreviousAction = false
    var period: DateMention?
    var statute: String?
    /// The position of the whole in the field's list of drafts.
    var partOf: Int?
    /// Whether a pronoun names its whole (`referred 80 of them`): its noun is the whole's, not the figure's before it.
    var countsPartOfPronoun = false
    var categories: [String] = []
    /// Whether the sentence denies it or attributes it to someone (`denies that`, `reportedly`).
    var attribution: Figure.Attribution?
    /// The tokens of its clause before it (from the previous figure or the sentence start).
    var leading: Range<Int> = 0..<0
    /// The tokens of its clause after it (to the next figure or the sentence end).
    var trailing: Range<Int> = 0..<0

    var phrase: NumberPhrase { candidate.phrase }
    var sentence: Int { candidate.sentence }
    /// The first token of the figure.
    var start: Int { phrase.tokens.lowerBound }
    /// The token after the figure and its noun phrase as written there.
    var end: Int {
        guard let countedNoun, countedNoun.source == .following || countedNoun.source == .partitive else {
            return phrase.tokens.upperBound
        }
        return max(phrase.tokens.upperBound, countedNoun.tokens.upperBound)
    }
    /// The head of the noun phrase, singular, for matching wholes and parts (`women` → `woman`).
    var singularHead: String? { countedNoun.map { Singular.of($0.head) } }
}

extension FigureDraft {
    /// Whether the figure still lacks a counted noun and may take one from its sentence: not an amount of money,
    /// not a part of a pronoun (`25 of them`).
    var needsNoun: Bool { countedNoun == nil && !countsPartOfPronoun && phrase.currency == nil }
}
