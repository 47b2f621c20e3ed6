/// What a figure counts in the terms of the Trafficking in Persons questionnaire: the stage of a case (investigated,
/// arrested, charged, prosecuted, convicted, sentenced, acquitted), what was done for victims (identified, assisted,
/// sheltered, repatriated), or a term a law prescribes.
public enum ReportedAction: String, Sendable, CaseIterable {
    case investigated, arrested, charged, prosecuted, convicted, sentenced, acquitted
    case identified, assisted, sheltered, repatriated
    /// A term or fine that a law sets (`punishable by up to eight years`).
    case prescribed

    /// The action each verb of the `ActionLexicon` names in the questionnaire's terms; verbs it does not ask about
    /// (`deported`, `trained`, `referred`) name none.
    static let byVerb: [String: ReportedAction] = [
        "opened": .investigated, "investigated": .investigated, "arrested": .arrested, "prosecuted": .prosecuted,
        "convicted": .convicted, "sentenced": .sentenced, "acquitted": .acquitted, "identified": .identified,
        "rescued": .identified, "assisted": .assisted, "sheltered": .sheltered, "repatriated": .repatriated,
        "returned": .repatriated,
    ]

    /// Verbs that count cases as investigations when what they count is cases (`received 12 cases`, `registered`).
    static let caseIntakeVerbs: Set<String> = ["received", "registered", "recorded", "handled", "conducted"]

    /// Words of a victims figure's clause that say what was done for them when no verb of the lexicon does, the first
    /// to match winning: `given shelter`, `received assistance`, `sought services`, `four known victims`.
    static let victimClauseWords: [(ReportedAction, Set<String>)] = [
        (.sheltered, ["shelter", "sheltered", "housed", "housing", "accommodated", "accommodation"]),
        (.repatriated, ["return", "returned", "repatriation", "repatriated"]),
        (
            .assisted,
            [
                "assistance", "services", "service", "care", "aid", "counseling", "counselling", "working", "support",
                "permit", "permits", "protection",
            ]
        ),
        (.identified, ["known", "confirmed", "identified", "reported", "certified", "recognized"]),
    ]

    /// The action the words of a victims figure's clause name, if any.
    static func ofVictims(clauseWords: [String]) -> ReportedAction? {
        victimClauseWords.first { !$0.1.isDisjoint(with: clauseWords) }?.0
    }

    /// The action a verb as read names, given the category of what it counts.
    static func of(verb: String?, category: FigureCategory?) -> ReportedAction? {
        guard let verb else { return nil }
        if let action = byVerb[verb] { return action }
        if category == .cases, caseIntakeVerbs.contains(verb) { return .investigated }
        return nil
    }
}
