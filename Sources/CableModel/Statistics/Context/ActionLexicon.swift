/// The verbs and nouns that name what a figure counts, mapped to one name per action
/// (`initiated` and `opened` are `opened`; `charged` and `indicted` are `prosecuted`).
enum ActionLexicon {
    /// Verb forms, lower case, with the action they name.
    static let verbs: [String: String] = table([
        "opened": [
            "opened", "open", "opens", "opening", "initiated", "initiate", "instituted", "registered",
            "launched", "filed", "brought",
        ],
        "investigated": ["investigated", "investigate", "investigating", "probed", "examined"],
        "arrested": ["arrested", "arrest", "arresting", "detained", "detain", "apprehended", "caught", "captured"],
        "prosecuted": ["prosecuted", "prosecute", "prosecuting", "charged", "indicted", "tried", "prosecutes"],
        "convicted": ["convicted", "convict", "convicting", "convicts"],
        "sentenced": ["sentenced", "sentencing", "jailed", "imprisoned", "condemned"],
        "acquitted": ["acquitted", "acquit", "absolved"],
        "assisted": ["assisted", "assist", "assisting", "assists", "helped", "aided", "supported"],
        "identified": ["identified", "identify", "identifying", "identifies"],
        "rescued": ["rescued", "rescue", "freed", "liberated"],
        "repatriated": ["repatriated", "repatriate", "repatriating"],
        "returned": ["returned"],
        "referred": ["referred", "refer", "referring"],
        "sheltered": ["sheltered", "housed"],
        "trained": ["trained", "train", "training", "trains"],
        "deported": ["deported", "deport", "expelled"],
        "killed": ["killed", "murdered", "killing"],
    ])

    /// Nouns that name an action when a figure follows with `of` (`the return of 24 victims`).
    static let nouns: [String: String] = [
        "return": "returned", "repatriation": "repatriated", "arrest": "arrested", "arrests": "arrested",
        "conviction": "convicted", "prosecution": "prosecuted", "investigation": "investigated",
        "identification": "identified", "rescue": "rescued", "deportation": "deported", "training": "trained",
        "referral": "referred", "approval": "approved", "removal": "removed", "dismissal": "dismissed",
        "release": "released", "sentencing": "sentenced", "detention": "arrested", "addition": "added",
        "purchase": "purchased", "killing": "killed", "killings": "killed", "murder": "killed",
    ]

    /// Verbs that take their action from their object (`made 30 arrests`, `completed USD 1 billion in sales`).
    static let lightVerbs: Set<String> = [
        "made", "make", "makes", "conducted", "carried", "completed", "performed", "undertook", "undertaken",
    ]

    /// Nouns of trade that name an action after an amount (`USD 1 billion in sales`).
    static let tradeNouns: [String: String] = [
        "sales": "sold", "sale": "sold", "purchases": "purchased", "exports": "exported", "imports": "imported",
        "loans": "lent", "grants": "granted",
    ]

    /// Counted nouns that are themselves actions (`24 investigations`, `10 convictions`).
    static let countedNouns: [String: String] = [
        "investigations": "investigated", "investigation": "investigated", "prosecutions": "prosecuted",
        "prosecution": "prosecuted", "convictions": "convicted", "conviction": "convicted", "arrests": "arrested",
        "arrest": "arrested", "indictments": "prosecuted", "indictment": "prosecuted", "sentences": "sentenced",
        "sentence": "sentenced",
        "acquittals": "acquitted", "rescues": "rescued", "repatriations": "repatriated", "deportations": "deported",
        "referrals": "referred", "detentions": "arrested",
    ]

    /// Irregular past forms that a generic rule (`-ed`) misses.
    static let irregularPast: Set<String> = [
        "paid", "sold", "held", "spent", "sent", "brought", "caught", "found", "gave", "given", "took", "taken",
        "lost", "made", "met", "won", "built", "shot", "hit", "bought", "kept", "led", "left", "fled",
        "fought", "stole", "stolen", "flew", "drove", "fell", "rose", "grew", "ran", "went", "came", "became", "died",
        "hid", "hidden", "told", "wrote", "written", "beaten", "beat", "struck", "slain", "sought", "taught", "freed",
    ]

    /// Irregular verbs in their present, `-s` and `-ing` forms, with their past form (`rise` → `rose`).
    static let irregularPastOf: [String: String] = [
        "rise": "rose", "rises": "rose", "rising": "rose", "grow": "grew", "grows": "grew", "growing": "grew",
        "fall": "fell", "falls": "fell", "falling": "fell", "sell": "sold", "sells": "sold", "selling": "sold",
        "pay": "paid", "pays": "paid", "paying": "paid", "make": "made", "makes": "made", "making": "made",
        "give": "gave", "gives": "gave", "giving": "gave", "take": "took", "takes": "took", "taking": "took",
        "send": "sent", "sends": "sent", "sending": "sent", "spend": "spent", "spends": "spent",
        "spending": "spent", "hold": "held", "holds": "held", "holding": "held", "buy": "bought", "buys": "bought",
        "buying": "bought", "bring": "brought", "brings": "brought", "bringing": "brought", "find": "found",
        "finds": "found", "finding": "found", "lose": "lost", "loses": "lost", "losing": "lost", "win": "won",
        "wins": "won", "winning": "won", "build": "built", "builds": "built", "building": "built", "go": "went",
        "goes": "went", "going": "went", "lend": "lent", "lends": "lent", "lending": "lent", "flee": "fled",
        "flees": "fled", "fleeing": "fled", "catch": "caught", "catches": "caught", "catching": "caught",
        "run": "ran", "runs": "ran", "running": "ran", "keep": "kept", "keeps": "kept", "keeping": "kept",
        "cut": "cut", "cuts": "cut", "cutting": "cut", "shoot": "shot", "shoots": "shot", "shooting": "shot",
        "drop": "dropped", "drops": "dropped", "stop": "stopped", "stops": "stopped", "plan": "planned",
        "say": "said", "says": "said", "mean": "meant", "means": "meant", "get": "got", "gets": "got",
        "getting": "got", "saying": "said", "cost": "cost", "costs": "cost", "costing": "cost",
    ]

    /// Words that close the search for a verb to the left: a figure does not count across them.
    static let leftStops: Set<String> = [
        "who", "whom", "which", "whose", "that", "is", "are", "was", "were", "be", "been", "being", "punishable",
        "penalty", "penalties", "punishment", "ranges", "range", "ranging", "if", "when", "while", "because",
        "although", "but", "estimates", "estimated", "including", "among", "sentence", "sentences", "term", "terms",
        "maximum", "minimum",
    ]

    /// Words that set a figure beside the one before it (`compared to the 23 in 2008`): it counts the same action.
    static let comparisons: Set<String> = [
        "compared", "comparison", "versus", "vs", "against", "than", "unlike", "down", "up",
    ]

    /// Past forms that report or describe rather than name a counted action (`reported 24`, `related`).
    static let nonActions: Set<String> = Set([
        "reported", "estimated", "compared", "based", "related", "expected", "stated", "noted", "claimed", "said",
        "recorded", "registered", "listed", "counted", "numbered", "totaled", "totalled", "reached", "exceeded",
        "included", "involved", "concerned", "affected", "alleged", "suspected", "accused", "including", "according",
        "regarding", "concerning", "following", "involving", "belonging", "totaling", "numbering", "ranging",
        "remaining", "existing", "pending", "trusted", "armed", "married", "skilled", "unidentified", "undocumented",
        "unaccompanied", "organized", "organised", "forced", "trafficked", "documented", "limited", "needed",
        "resulted", "believed", "considered", "thought", "deemed", "wanted", "contained", "represented", "comprised",
        "comprising", "confirmed", "cost", "gave", "showed", "meant", "intended", "associated", "operated", "boasted",
        "reflected", "got",
    ]).union(stateVerbs)

    /// Past participles that `nonActions` keeps out because they mostly qualify a noun (`trafficked persons`,
    /// `forced labor`), but that are the verb after an auxiliary (`were trafficked`).
    static let attributiveParticiples: Set<String> = ["trafficked", "forced", "exploited", "enslaved"]

    /// Verbs of having, operating and reaching in `-ing`: a figure after them counts no action, and the search for
    /// one stops there (`boasting up to 10 million members`, `reaching $5 billion`).
    static let stateVerbs: Set<String> = [
        "boasting", "operating", "living", "residing", "working", "staying", "reaching", "having", "costing",
    ]

    /// The action `word` names as a verb, or nil.
    static func action(ofVerb word: String) -> String? { verbs[word] }

    /// Whether `word` is a form of a verb this lexicon knows or a past form (a report such as `said` included).
    static func isVerbForm(_ word: String) -> Bool {
        verbs[word] != nil || nonActions.contains(word) || irregularPast.contains(word)
            || irregularPastOf[word] != nil || (word.count > 4 && word.hasSuffix("ed"))
    }

    /// Whether `word` looks like a past participle or past tense (`fired`, `paid`), not an adjective in a list.
    static func isPastForm(_ word: String) -> Bool {
        !nonActions.contains(word)
            && (irregularPast.contains(word) || (word.count > 4 && word.hasSuffix("ed") && !word.hasSuffix("eed")))
    }

    private static func table(_ groups: [String: [String]]) -> [String: String] {
        var table: [String: String] = [:]
        for (action, forms) in groups {
            for form in forms { table[form] = action }
        }
        return table
    }
}
