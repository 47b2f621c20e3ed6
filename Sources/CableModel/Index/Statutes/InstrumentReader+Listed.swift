extension InstrumentReader {
    /// The end of a name that goes on past the comma at `end` and closes with its acronym in parentheses:
    /// `the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment (CAT)`
    /// ends before `(CAT)`. Nil when the words after the comma are not capitalised words, joiners and commas up to
    /// such a parenthesis: a comma alone ends a name (`the Penal Code, Article 5`).
    static func listedNameEnd(from end: Int, in scalars: [Unicode.Scalar]) -> Int? {
        guard end < scalars.count, scalars[end] == "," else { return nil }
        var position = end
        var lastCapital: Int?
        for _ in 0..<AcronymFinder.leadingFormWords {
            var next = scalars.skippingSpaces(from: position)
            if next < scalars.count, scalars[next] == "," { next = scalars.skippingSpaces(from: next + 1) }
            guard next < scalars.count, !scalars[position..<next].contains("\n") else { return nil }
            if scalars[next] == "(" {
                return lastCapital == position && isAcronymInParentheses(at: next, in: scalars) ? position : nil
            }
            guard next > position, ScalarFolding.isWordScalar(scalars[next]) else { return nil }
            let wordEnd = scalars.wordEnd(from: next)
            let kind = InstrumentWord(scalars, next..<wordEnd)
            if kind.isCapitalizedNonCalendar, !kind.isPossessive {
                lastCapital = wordEnd
            } else if !AcronymFinder.listedNameJoiners.contains(scalars.lowercasedString(next..<wordEnd)) {
                return nil
            }
            position = wordEnd
        }
        return nil
    }

    /// Whether the parenthesis opening at `open` holds one acronym and nothing else: `(CAT)`.
    private static func isAcronymInParentheses(at open: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let start = open + 1
        let end = scalars.wordEnd(from: start)
        guard end > start, end < scalars.count, scalars[end] == ")" else { return false }
        return AcronymFinder.isAcronym(ArraySlice(scalars.string(start..<end).utf8))
    }
}
