extension EnglishWords {
    /// Endings that never stand as words: a line that opens with one continues a word broken at a hyphen
    /// (`govern-` / `ment`), which joins without the hyphen.
    static let wordEndings: [String] = [
        "ment", "tion", "sion", "ness", "ing", "ity", "ance", "ence", "able", "ible", "ally", "ers", "ies", "ial",
        "ive", "ous", "ed", "ly", "er", "al", "ic", "ist", "ism", "ize", "ise", "ful", "less", "ure", "ate", "ation",
        "ization", "isation", "ement", "ities", "ional",
    ]

    /// Whether `word` (its letters, any case) is one of `wordEndings`, with at most one more letter (`ments`,
    /// `ICE`, `izations`): the second half of a word that hyphenation broke, not a word of its own.
    static func isWordEnding(_ word: String) -> Bool {
        let letters = word.lowercased()
        return wordEndings.contains { letters == $0 || (letters.hasPrefix($0) && letters.count <= $0.count + 1) }
    }
}
