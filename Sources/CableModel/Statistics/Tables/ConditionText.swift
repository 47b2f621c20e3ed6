/// The text after a penalty's term up to the next term of the sentence, trimmed of joining words.
enum ConditionText {
    /// The sentence after the figure's quote, up to the quote of `next` (the next term in the sentence) or its end.
    static func after(_ figure: Figure, until next: Figure?) -> String {
        let sentence = Array(figure.sentence.unicodeScalars)
        guard let found = position(of: figure, in: sentence) else { return "" }
        let start = found + figure.quote.unicodeScalars.count
        var end = sentence.count
        if let next, next.sentenceRange == figure.sentenceRange, let cut = position(of: next, in: sentence),
            cut >= start
        {
            end = cut
        }
        return String(String.UnicodeScalarView(sentence[start..<end]))
    }

    /// Where the figure's quote stands in its one-line sentence: the occurrence nearest its offset in the field.
    private static func position(of figure: Figure, in sentence: [Unicode.Scalar]) -> Int? {
        let quote = Array(figure.quote.unicodeScalars)
        let expected = figure.range.lowerBound - figure.sentenceRange.lowerBound
        var best: Int?
        var start = 0
        while start + quote.count <= sentence.count {
            if sentence[start..<(start + quote.count)].elementsEqual(quote),
                best.map({ abs($0 - expected) > abs(start - expected) }) ?? true
            {
                best = start
            }
            start += 1
        }
        return best
    }

    /// Words that join a condition to what follows, dropped from its end (`, and`, `or`).
    static let trailingJoiners: Set<String> = EnglishWords.listConjunctions.union(["to", "from", "but"])

    /// The text without trailing joiners and punctuation (`, and`, `.`).
    static func trimmed(_ text: String) -> String {
        var words = text.split(separator: " ").map(String.init)
        while let last = words.last,
            ConditionText.trailingJoiners.contains(last.lowercased())
                || last.allSatisfy({ !$0.isLetter && !$0.isNumber })
        {
            words.removeLast()
        }
        var result = words.joined(separator: " ")
        while let last = result.last, [",", ".", ";", ":"].contains(last) { result.removeLast() }
        if result.hasSuffix(".\"") {
            result.removeLast(2)
            result += "\""
        }
        return result
    }
}
