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

    /// Verbs that count cases as assisted when what they count is cases (`worked on 30 situations`).
    static let caseAssistanceVerbs: Set<String> = ["worked"]

    /// Words of a figure's clause that say what was done when no verb of the lexicon does, by the category of what
    /// it counts, the first to match winning: `given shelter`, `received assistance`, `four known victims`, `cases
    /// under investigation`, `went to trial`, `cases … are ongoing`, `serving sentences`.
    static let clauseWords: [FigureCategory: [(ReportedAction, Set<String>)]] = [
        .victims: [
            (.sheltered, ["shelter", "sheltered", "housed", "housing", "accommodated", "accommodation"]),
            (.repatriated, ["return", "returned", "repatriation", "repatriated"]),
            (
                .assisted,
                [
                    "assistance", "services", "service", "care", "aid", "counseling", "counselling", "working",
                    "support", "permit", "permits", "protection",
                ]
            ),
            (.identified, ["known", "confirmed", "identified", "reported", "certified", "recognized"]),
        ],
        .cases: [
            (.investigated, ["investigation", "investigations", "underway", "investigating"]),
            (.prosecuted, ["trial", "trials", "ongoing"]),
            (.convicted, ["conviction", "convictions"]),
            (.identified, ["known", "confirmed", "identified", "reported"]),
        ],
        .people: [(.sentenced, ["serving"])],
        .suspects: [(.sentenced, ["serving"])],
        .traffickers: [(.sentenced, ["serving"])],
    ]

    /// Verbs that make a prosecution a charge (`were indicted`, `charged five men`).
    static let chargeVerbs: Set<String> = ["indicted", "charged"]

    /// Counted nouns that are charges (`seven indictments`).
    static let chargeNouns: Set<String> = ["indictment", "indictments", "charges"]

    /// The action the words of a figure's clause name for what it counts, if any.
    static func of(clauseWords words: [String], category: FigureCategory) -> ReportedAction? {
        clauseWords[category]?.first { !$0.1.isDisjoint(with: words) }?.0
    }

    /// The action a counted noun names itself (`six convictions`, `49 investigations`).
    static func of(countedNoun: String) -> ReportedAction? {
        guard let head = FigureCategory.headPhrase(of: countedNoun).last?.lowercased() else { return nil }
        if chargeNouns.contains(head) { return .charged }
        return ActionLexicon.countedNouns[head].flatMap { byVerb[$0] }
    }

    /// Verbs that name an investigation only when what they count is cases, or nothing named (`opened 24 cases`,
    /// not `two nightclubs have been opened`).
    static let caseOnlyVerbs: Set<String> = ["opened"]

    /// The action a verb as read names, given the category of what it counts and whether the figure names what it
    /// counts.
    static func of(verb: String?, category: FigureCategory?, countsNoun: Bool) -> ReportedAction? {
        guard let verb else { return nil }
        if caseOnlyVerbs.contains(verb), countsNoun, category != .cases { return nil }
        if let action = byVerb[verb] { return action }
        if category == .cases, caseIntakeVerbs.contains(verb) { return .investigated }
        if category == .cases, caseAssistanceVerbs.contains(verb) { return .assisted }
        return nil
    }
}
