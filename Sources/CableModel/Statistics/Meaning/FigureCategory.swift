/// What a figure counts, normalised so that the figures of different cables compare: cases, victims, suspects,
/// traffickers, people, terms of imprisonment, fines, money.
public enum FigureCategory: String, Sendable, CaseIterable {
    case cases
    case victims
    case suspects
    case traffickers
    case people
    case yearsOfImprisonment = "years of imprisonment"
    case monthsOfImprisonment = "months of imprisonment"
    case fines
    case money

    /// The words of a counted noun that name each category (singular, lower case), the first category to match
    /// winning: `trafficking victims` are victims, `trafficking cases` cases, `Chinese women` people.
    static let nounWords: [(FigureCategory, Set<String>)] = [
        (.victims, ["victim", "survivor"]),
        (
            .cases,
            [
                "case", "investigation", "prosecution", "indictment", "conviction", "sentence", "situation",
                "incident", "complaint", "trial", "proceeding", "lawsuit", "charge", "arrest", "acquittal",
            ]
        ),
        (.traffickers, ["trafficker", "pimp", "smuggler", "recruiter"]),
        (.suspects, ["suspect", "accused", "defendant", "perpetrator", "offender", "culprit"]),
        (.fines, ["fine"]),
        (
            .people,
            [
                "person", "people", "individual", "man", "men", "woman", "women", "child", "children", "girl", "boy",
                "minor", "adult", "juvenile", "national", "citizen", "foreigner", "worker", "male", "female",
                "witness", "student", "teenager", "chef", "employee",
            ]
        ),
    ]

    /// Words that end the head of a noun phrase: what follows them complements it (`cases of forced labor`).
    static let complementOpeners: Set<String> = [
        "of", "in", "for", "from", "to", "with", "under", "who", "whom", "that", "which", "at", "on", "by", "related",
        "involving", "including",
    ]

    /// The words of a noun phrase up to its head, as written (`cases` of `cases of forced labor`).
    static func headPhrase(of countedNoun: String) -> [String] {
        countedNoun.split(whereSeparator: { !$0.isLetter }).prefix { word in
            !complementOpeners.contains(word.lowercased())
        }.map(String.init)
    }

    /// The category of a counted noun phrase by its head word, or nil when it names none of them (`officials`,
    /// `hours`, `person team`).
    static func of(countedNoun: String) -> FigureCategory? {
        let written = headPhrase(of: countedNoun)
        guard let head = written.last else { return nil }
        let word = head.lowercased()
        // NB: the head matches as written, as its singular (`women` is `woman`) and without its last `s`
        // (`Singular` makes `cas` of `cases`).
        let forms: Set<String> = [word, Singular.of(word), word.hasSuffix("s") ? String(word.dropLast()) : word]
        for (category, nouns) in nounWords where !forms.isDisjoint(with: nouns) {
            return category
        }
        // NB: a count of a nationality (`two Americans`, `one Icelander`) counts people; an acronym (`three NGOs`)
        // names bodies, not persons.
        return written.count == 1 && head.first?.isUppercase == true && head.count > 3
            && !AcronymFinder.isAcronym(ArraySlice(head.utf8)) ? .people : nil
    }
}
