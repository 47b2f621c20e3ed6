/// Marks the words of the search query in text that panes draw from their own lists (table cells, index entries),
/// which the word index does not cover. Only visible rows are looked at, only for the typed words.
struct QueryHighlighter {
    /// The query's words, folded to lower case; quotes, wildcards and excluded words left out.
    let words: [[Unicode.Scalar]]

    init(query: String) {
        words = query.split(separator: " ").compactMap { word in
            guard !word.hasPrefix("-") else { return nil }
            let cleaned = word.unicodeScalars.filter { $0 != "\"" && $0 != "*" }.map(QueryHighlighter.folded)
            return cleaned.isEmpty ? nil : cleaned
        }
    }

    /// The scalar ranges of `text` that hold a query word.
    func ranges(in text: [Unicode.Scalar]) -> [Range<Int>] {
        guard !words.isEmpty, !text.isEmpty else { return [] }
        let folded = text.map(QueryHighlighter.folded)
        var found: [Range<Int>] = []
        for word in words where word.count <= folded.count {
            var start = 0
            while start + word.count <= folded.count {
                if folded[start] == word[0], folded[start..<(start + word.count)].elementsEqual(word) {
                    found.append(start..<(start + word.count))
                    start += word.count
                } else {
                    start += 1
                }
            }
        }
        return found
    }

    /// Whether `text` holds every word of the query (what a list filter keeps).
    func holdsEveryWord(of text: String) -> Bool {
        let folded = text.unicodeScalars.map(QueryHighlighter.folded)
        return words.allSatisfy { word in
            word.count <= folded.count
                && (0...(folded.count - word.count)).contains { folded[$0..<($0 + word.count)].elementsEqual(word) }
        }
    }

    private static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if ("A"..."Z").contains(scalar) { return Unicode.Scalar(scalar.value + 0x20)! }
        return scalar
    }
}
