/// Whether a figure's sentence denies it or gives it as someone's word (`the ministry denies that guards beat 14
/// inmates`, `NGOs claim`, `reportedly`, `allegedly`), so that the tables keep to what the cable states.
enum AttributionReader {
    /// Verbs before a figure that deny it when a statement follows them (`denies that`, `denied the reports`);
    /// `denied 91 visas` counts refusals.
    static let denialVerbs: Set<String> = ["deny", "denies", "denied", "denying"]

    /// Nouns before a figure that deny it (`in a denial`).
    static let denialNouns: Set<String> = ["denial", "denials"]

    /// Words after a denial verb that make it deny a statement.
    static let statementWords: Set<String> = claimWords.union([
        "that", "report", "reports", "accusation", "accusations",
    ])

    /// Verbs and nouns before a figure that give it as a claim (`NGOs claim`, `the claim that`).
    static let claimWords: Set<String> = [
        "claim", "claims", "claimed", "claiming", "allege", "alleges", "alleging", "allegation", "allegations",
        "rumor", "rumors", "rumored", "rumour", "rumours", "rumoured",
    ]

    /// Adverbs anywhere in the sentence that give it as hearsay.
    static let hearsayAdverbs: Set<String> = ["reportedly", "allegedly", "purportedly", "supposedly"]

    /// The attribution of the figure starting at token `start` of `sentence`, or nil when the sentence states it.
    /// `alleged` counts only as a verb (`alleged that`), not before a noun (`20 alleged traffickers were arrested`).
    static func attribution(_ text: TokenizedText, of start: Int, in sentence: Range<Int>) -> Figure.Attribution? {
        var claimed = false
        for index in sentence where text.tokens[index].kind == .word {
            let word = text.lowered[index]
            if hearsayAdverbs.contains(word) { claimed = true }
            guard index < start else { continue }
            if denialNouns.contains(word) { return .denied }
            if denialVerbs.contains(word),
                text.isWord(index + 1, in: statementWords) || text.isWord(index + 2, in: statementWords)
            {
                return .denied
            }
            if claimWords.contains(word) || (word == "alleged" && text.isWord(index + 1, "that")) { claimed = true }
        }
        return claimed ? .alleged : nil
    }
}
