/// What a word looks like, for the instrument and name readers.
struct WordKind {
    let isCapitalized: Bool
    let hasLowercase: Bool
    let isAcronym: Bool
    let isYear: Bool
    let isConnector: Bool
    let isThe: Bool
    let isHeadNoun: Bool
    let isPossessive: Bool
    let isLowercaseWord: Bool
    /// Capitalised and not a month or weekday: a word that may stand in a name.
    let isNameWord: Bool

    init(_ scalars: [Unicode.Scalar], _ range: Range<Int>) {
        let word = scalars[range]
        let first = word.first
        isCapitalized = first.map(ScalarFolding.isUppercase) ?? false
        hasLowercase = word.contains(where: ScalarFolding.isLowercase)
        let letters = word.filter(ScalarFolding.isLetter)
        isAcronym = letters.count >= 2 && letters.count <= 8 && letters.allSatisfy(ScalarFolding.isUppercase)
        isYear = word.count == 4 && word.allSatisfy(\.isASCIIDigit)
        let lowered = scalars.lowercasedString(range)
        isConnector = InstrumentReader.connectors.contains(lowered)
        isThe = lowered == "the"
        isPossessive = lowered.hasSuffix("'s") || lowered.hasSuffix("\u{2019}s")
        isHeadNoun = InstrumentReader.headNouns.contains(lowered)
        isLowercaseWord = first.map(ScalarFolding.isLowercase) ?? false
        isNameWord = isCapitalized && !WordKind.calendarWords.contains(lowered)
    }
}

extension WordKind {
    /// Month and weekday names: capitalised, but never part of a name.
    static let calendarWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
}
