/// The closed word lists of English that the model's readers share, each named for what it is (all lower case).
///
/// Every reader of the index and the statistics takes its small words from here, so a word added to a list
/// reaches every rule that reads that kind of word. Lists of general knowledge (places, tags, glossary) are not
/// English and live in `Data/` (`GeneralKnowledge`).
enum EnglishWords {
    /// Forms of `be` that link a subject to what it is (`4 were men`, `the victim was 14`).
    static let copulas: Set<String> = ["is", "are", "was", "were", "be"]

    /// Auxiliaries that open a passive or perfect verb group after a subject (`were convicted`, `have been issued`).
    static let auxiliaries: Set<String> = copulas.union(["have", "has", "had"])

    /// Conjunctions that join the items of a list (`Articles 241, 243 and 250`, `paras 3 or 4`).
    static let listConjunctions: Set<String> = ["and", "or"]

    /// Pronouns that name a whole after `of` (`80 of them`, `of whom`, `two of these`).
    static let partitivePronouns: Set<String> = ["them", "these", "those", "whom", "which"]

    /// What may follow `of` to open a part of a whole: a partitive pronoun, `the` or `all` (`17 of the women`).
    static let partitiveOpeners: Set<String> = partitivePronouns.union(["the", "all"])

    /// Relative pronouns that open a part of the whole just named (`of whom`, `of which`).
    static let relativePronouns: Set<String> = ["whom", "which"]

    /// Determiners and possessives that may stand before a noun (`the women`, `their cases`).
    static let determiners: Set<String> = ["the", "these", "those", "all", "its", "their", "his", "her"]

    /// Articles and quantifiers that may stand between a preposition and a figure (`in the 24 cases`).
    static let prepositionFillers: Set<String> = ["the", "a", "an", "these", "those", "its", "their", "all", "some"]

    /// Small words that may stand between the capitalised words of a name (`Ministry of Labor`).
    static let nameConnectors: Set<String> = ["of", "for", "on", "and", "in", "against", "to"]

    /// Words of quantity or vagueness that open a generic phrase, never a name (`Various Embassy Officers`).
    static let quantifiers: Set<String> = [
        "various", "several", "other", "many", "some", "both", "each", "every", "all", "certain", "numerous", "few",
        "most", "any",
    ]

    /// Ordinal suffixes glued to digits (`1st`, `4th`, `110TH`).
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]
}
