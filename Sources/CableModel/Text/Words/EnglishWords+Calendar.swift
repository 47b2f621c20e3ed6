extension EnglishWords {
    /// The months' names, January first.
    static let monthNames: [String] = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// The months' abbreviations, with their numbers (`Jan.`, `Sept.`).
    static let monthAbbreviations: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
        "nov": 11, "dec": 12,
    ]

    /// The months, by name and by abbreviation, with their numbers.
    static let months: [String: Int] = Dictionary(
        uniqueKeysWithValues: monthNames.enumerated().map { ($0.element, $0.offset + 1) }
    ).merging(monthAbbreviations) { name, _ in name }

    /// The days of the week.
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Month and weekday names written in full: capitalised, but never part of a name.
    static let calendarWords: Set<String> = weekdays.union(monthNames)

    /// Words that place a date within its period (`early 2009`, `mid-2008`).
    static let periodModifiers: Set<String> = ["early", "late", "mid"]

    /// Prefixes hyphenated to a year (`mid-2008`, `pre-2005`, `post-2001`).
    static let yearPrefixes: Set<String> = periodModifiers.union(["pre", "post"])

    /// Words before a unit of time that place it back from now (`last year`, `the previous month`): a time, not a
    /// thing counted.
    static let earlierTimeWords: Set<String> = ["last", "previous", "preceding", "prior"]
}
