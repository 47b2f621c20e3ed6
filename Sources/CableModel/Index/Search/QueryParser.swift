/// Cuts a typed query into clauses: `"quoted phrases"`, `-exclusions`, `prefix*` and words.
enum QueryParser {
    /// Words dropped from a query when they stand alone outside quotes.
    static let stopWords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have", "he",
        "her", "his", "i", "if", "in", "into", "is", "it", "its", "of", "on", "or", "our", "she", "so", "than",
        "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "was", "we",
        "were", "what", "which", "who", "will", "with", "would", "you",
    ]

    static func clauses(of text: String) -> [SearchQuery.Clause] {
        var clauses: [SearchQuery.Clause] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index].properties.isWhitespace {
                index += 1
                continue
            }
            var excluded = false
            if scalars[index] == "-", index + 1 < scalars.count, !scalars[index + 1].properties.isWhitespace {
                excluded = true
                index += 1
            }
            let quoted = isQuote(scalars[index])
            let start = quoted ? index + 1 : index
            var end = start
            while end < scalars.count, quoted ? !isQuote(scalars[end]) : !scalars[end].properties.isWhitespace {
                end += 1
            }
            index = end + (quoted ? 1 : 0)
            if let clause = clause(scalars[start..<end], quoted: quoted, excluded: excluded) { clauses.append(clause) }
        }
        return clauses
    }

    private static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar == "\u{201C}" || scalar == "\u{201D}"
    }

    private static func clause(_ typed: ArraySlice<Unicode.Scalar>, quoted: Bool, excluded: Bool) -> SearchQuery.Clause?
    {
        var typed = typed
        var prefix = false
        // NB: `"criminal co*"` is a phrase whose last word is a prefix, as the browser's search-as-you-type asks.
        if typed.last == "*" {
            prefix = true
            while typed.last == "*" { typed = typed.dropLast() }
        }
        var string = ""
        string.unicodeScalars.append(contentsOf: typed)
        let words = WordScanner.words(of: string)
        guard !words.isEmpty else { return nil }
        if !quoted, !prefix, words.count == 1, stopWords.contains(words[0].lowercased()) { return nil }
        let terms = words.enumerated().map { position, word in
            SearchQuery.Term(
                text: word, isCaseSensitive: word.unicodeScalars.contains(where: ScalarFolding.isUppercase),
                isPrefix: prefix && position == words.count - 1)
        }
        let inflected = !quoted && terms.count == 1 && !terms[0].isPrefix && !terms[0].isCaseSensitive
        return SearchQuery.Clause(terms: terms, isExcluded: excluded, matchesInflections: inflected)
    }
}
