/// What a word looks like, for the reader of a law's name (`InstrumentReader`).
struct InstrumentWord {
    let isCapitalized: Bool
    let hasLowercase: Bool
    let isAcronym: Bool
    let isYear: Bool
    let isConnector: Bool
    let isThe: Bool
    let isHeadNoun: Bool
    let isPossessive: Bool
    let isLowercaseWord: Bool
    /// Capitalised and not a month or weekday (`Criminal`, not `March`).
    let isCapitalizedNonCalendar: Bool

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
        isHeadNoun = EnglishWords.lawKinds.contains(lowered)
        isLowercaseWord = first.map(ScalarFolding.isLowercase) ?? false
        isCapitalizedNonCalendar = isCapitalized && !EnglishWords.calendarWords.contains(lowered)
    }
}
