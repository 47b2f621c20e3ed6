extension EnglishWords {
    /// Words that join the two ends of a range of numbers (`cases 1 through 4`, `Articles 124 to 127`, `3 thru 5`).
    static let rangeWords: Set<String> = ["to", "through", "thru"]

    /// Words that close a range at the last item of the document (`paragraph 5-end`, `paras 3 to the end`).
    static let rangeOpenEnds: Set<String> = ["end"]

    /// Words that join the items of a number list or the ends of its ranges.
    static let listWords: Set<String> = listConjunctions.union(rangeWords)

    /// Words that join two dates into a period: the range words, `until`, `till` and `and` (`between 2006 and 2008`).
    static let periodConnectors: Set<String> = rangeWords.union(["until", "till", "and"])

    /// The widest range a list reader expands into its items (`Articles 124-127` is four articles; `paras 3-5`
    /// three paragraphs). A wider one is not a range of items but two numbers (`pages 12-240`).
    static let widestRange = 50

    /// Whether `first` and `last` bound a range of items a list may name: rising, and at most `widestRange` apart.
    static func isItemRange(from first: Int, to last: Int) -> Bool {
        last > first && last - first <= widestRange
    }
}
