/// Finds sentence ends in a field's scalars: `.`, `?` or `!` before a space and a capital, quote or digit, or a
/// paragraph break; not after an abbreviation (`Art.`, `Mr.`) or an initial (`U.S.`).
enum SentenceBoundary {
    /// Abbreviations whose period does not end a sentence.
    static let abbreviations: Set<String> = [
        "art", "arts", "no", "nos", "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen",
        "rep", "jr", "sr", "vs", "approx", "para", "paras", "sec", "ref", "dept", "amb", "e.g", "i.e", "cf", "fig",
    ]

    /// Whether a sentence ends anywhere inside `range`.
    static func contains(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        let range = range.clamped(to: 0..<scalars.count)
        for index in range {
            let scalar = scalars[index]
            if scalar == "\n" { return true }
            guard scalar == "." || scalar == "?" || scalar == "!",
                index + 1 < range.upperBound || index + 1 == scalars.count
            else { continue }
            if isEnd(scalars, at: index) { return true }
        }
        return false
    }

    /// Whether the mark at `index` ends a sentence.
    static func isEnd(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let next = scalars.skippingSpaces(from: index + 1)
        guard next == scalars.count || next > index + 1 else { return false }
        if next < scalars.count {
            let following = scalars[next]
            guard
                ScalarFolding.isUppercase(following) || following.isASCIIDigit || following.isOpeningQuote
                    || following == "("
            else { return false }
        }
        guard scalars[index] == "." else { return true }
        let wordStart = scalars.wordStart(before: index)
        guard wordStart < index else { return true }
        let word = scalars.lowercasedString(wordStart..<index)
        if index - wordStart == 1, ScalarFolding.isUppercase(scalars[wordStart]) { return false }
        return !abbreviations.contains(word)
    }
}
