/// The query that search-as-you-type runs: the word being typed is a prefix (`cot` finds `cotton`), and so is the
/// last word of a phrase whose closing quote is not typed yet (`"criminal co` finds `criminal code`).
enum IncrementalQuery {
    /// `typed` with its last word made a prefix, unless it ends in a space, a `*`, a closed phrase or an exclusion.
    static func completing(_ typed: String) -> String {
        guard let last = typed.unicodeScalars.last, !last.properties.isWhitespace, last != "*" else { return typed }
        let quotes = typed.unicodeScalars.filter(isQuote).count
        if quotes % 2 == 1 { return isQuote(last) ? typed : typed + "*\"" }
        guard !isQuote(last) else { return typed }
        let word = typed.unicodeScalars.split(whereSeparator: \.properties.isWhitespace).last ?? []
        guard word.first != "-",
            word.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
        else { return typed }
        return typed + "*"
    }

    private static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar == "\u{201C}" || scalar == "\u{201D}"
    }
}
