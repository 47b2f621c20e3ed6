extension String {
    /// The first `count` words of the text, lower-cased, cut at every character that is not a letter: the same
    /// as `lowercased().split(whereSeparator: { !$0.isLetter }).prefix(count)`, without reading the whole text.
    ///
    /// NB: lower-casing maps each scalar on its own, so the lower-cased beginning of a text is the beginning of
    /// its lower-cased whole; only the last character of a cut can differ (a grapheme cluster cut short). A cut
    /// that yields one word more than asked ends past the separator after the last word asked, so those words
    /// are exact. The classifier asks for a figure's few next words, and the text after a figure is the rest of
    /// its sentence, which it used to lower-case and split whole for every figure of the sentence.
    func lowercasedLeadingWords(_ count: Int) -> [Substring] {
        var length = 64
        while length < utf8.count {
            let words = String(prefix(length)).lowercased().split(whereSeparator: { !$0.isLetter })
            if words.count > count { return Array(words.prefix(count)) }
            length *= 4
        }
        return Array(lowercased().split(whereSeparator: { !$0.isLetter }).prefix(count))
    }
}
