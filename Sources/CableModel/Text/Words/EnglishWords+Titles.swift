extension EnglishWords {
    /// Honorifics written before a name, abbreviated with a period (`Mr.`, `Dr.`).
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "dr"]

    /// Titles and ranks in their abbreviated forms (`Gen.`, `Amb.`, `Sen.`, `Jr.`).
    static let abbreviatedTitles: Set<String> = honorifics.union([
        "st", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "adm", "gov", "sen", "rep", "amb", "ambs", "pres",
        "jr", "sr",
    ])

    /// Ranks and offices abbreviated before a name (`Lt. Col. Jane Doe`, `Amb. Jane Doe`, `DCM Jane Doe`).
    static let abbreviatedRanks: Set<String> = [
        "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "adm", "gov", "sen", "rep", "amb", "pres", "dcm", "poloff",
        "econoff", "polcouns", "econcouns",
    ]

    /// Titles and honorifics written before a name.
    static let titles: Set<String> = honorifics.union(abbreviatedRanks).union([
        "president", "minister", "ambassador", "senator", "governor", "mayor", "judge",
        "general", "colonel", "admiral", "secretary", "chairman", "chairwoman", "director", "commissioner",
        "prosecutor", "speaker", "king", "queen", "prince", "sheikh", "imam", "bishop", "congressman",
        "congresswoman", "lieutenant", "captain", "sergeant", "professor", "deputy", "chief", "ambassador-at-large",
        "commander",
    ])
    /// Words that stand between titles (`Deputy Foreign Minister`), never in a name.
    static let titleModifiers: Set<String> = [
        "foreign", "prime", "vice", "first", "interior", "defense", "defence", "justice", "finance", "acting",
        "assistant", "under", "special", "attorney", "executive", "permanent", "senior", "general", "former", "supreme",
    ]

    /// Nouns for groups of people whose possessive stands inside a name (`Children's Legal Center`, `People's
    /// Liberation Army`, `Committee for Women's Affairs`), unlike a body's or a country's (`Iraq's Ministry`).
    static let groupsOfPeople: Set<String> = [
        "children", "women", "men", "people", "peoples", "workers", "veterans", "farmers", "youth", "mothers",
        "soldiers", "journalists", "citizens", "students", "teachers", "victims", "girls", "boys", "writers",
    ]
}
