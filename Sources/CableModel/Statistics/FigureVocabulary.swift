/// The small closed word classes of English that the figure rules read (all lower case).
enum FigureVocabulary {
    /// Units of time: a figure counting them is a duration.
    static let timeUnits: Set<String> = [
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
        "decade", "decades", "yr", "yrs", "hrs",
    ]

    /// Units of measure that take an `of` complement (`20 liters of petrol`).
    static let measureUnits: Set<String> = [
        "liter", "liters", "litre", "litres", "kilogram", "kilograms", "kg", "kgs", "kilo", "kilos", "gram", "grams",
        "ton", "tons", "tonne", "tonnes", "pound", "pounds", "lbs", "barrel", "barrels", "gallon", "gallons",
        "hectare", "hectares", "acre", "acres", "meter", "meters", "metre", "metres", "kilometer", "kilometers",
        "kilometre", "kilometres", "km", "mile", "miles", "feet", "foot",
    ]

    /// Words that say a figure is written as a share.
    static let percentWords: Set<String> = ["percent", "pct"]

    /// Words that end a noun phrase: determiners, prepositions, conjunctions, pronouns, auxiliaries, adverbs.
    static let phraseStops: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "of", "in", "on", "at", "to", "for", "from", "by", "with",
        "without", "into", "onto", "under", "over", "per", "about", "after", "before", "during", "since", "until",
        "through", "between", "among", "against", "across", "within", "upon", "via", "toward", "towards", "as", "than",
        "and", "or", "but", "nor", "if", "when", "where", "wherein", "whereby", "while", "who", "whom", "whose",
        "which", "what", "it",
        "its", "they", "their", "them", "he", "she", "his", "her", "we", "our", "you", "is", "are", "was", "were",
        "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will", "would", "shall", "should",
        "can", "could", "may", "might", "must", "not", "never", "no", "also", "more", "less", "fewer", "only", "each",
        "all",
        "both", "now", "still", "currently", "already", "alone", "so", "too", "very", "then", "there", "here",
        "ago", "apart", "later", "earlier", "each", "respectively", "total", "altogether", "including", "such",
        "out", "up", "down", "off", "again", "further", "because", "although", "though", "whether", "like", "near",
    ]

    /// Auxiliaries that open a passive or perfect verb after a subject (`were convicted`, `have been issued`).
    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should",
        "may", "might", "must", "can", "reportedly", "also", "successfully", "subsequently", "later", "reported",
    ]

    /// Determiners and adverbs that may stand between a verb and its counted object (`opened the 24 cases`).
    static let objectFillers: Set<String> = [
        "a", "an", "the", "these", "those", "its", "their", "his", "her", "our", "all", "only", "just", "some",
        "another", "additional", "further", "total", "of", "over", "nearly", "almost", "approximately", "about",
        "around", "roughly", "least", "at", "up", "to", "more", "than", "fewer", "less", "as", "many", "much",
        "estimated", "an", "also", "successfully", "reportedly", "altogether", "respectively", "them", "it",
    ]

    /// Nouns that say what kind of persons a count is about (for breakdowns and the victims table).
    static let personCategories: [String: String] = [
        "adult": "adults", "adults": "adults", "minor": "minors", "minors": "minors", "child": "minors",
        "children": "minors", "juvenile": "minors", "juveniles": "minors", "underage": "minors", "boy": "boys",
        "boys": "boys", "girl": "girls", "girls": "girls", "man": "men", "men": "men", "male": "men", "males": "men",
        "woman": "women", "women": "women", "female": "women", "females": "women",
    ]

    /// The broader category that contains a narrower one (`women` are `adults`; `girls` are `minors`).
    static let broaderCategory: [String: String] = [
        "men": "adults", "women": "adults", "boys": "minors", "girls": "minors",
    ]

    /// Plural nouns without an `s` that end a subject noun phrase.
    static let irregularPlurals: Set<String> = ["people", "men", "women", "children", "personnel"]
}
