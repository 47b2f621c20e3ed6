/// Finds acronyms the cable defines: `Organization for Security and Cooperation in Europe (OSCE)`,
/// `Trafficking in Persons (TIP)`, and the other way round, `OSCE (Organization for ...)`.
///
/// The words of the long form must give the acronym's letters by their initials, in order; small words
/// (`for`, `and`, `in`, ...) may give a letter or be skipped. An instrument's acronym may spell only the leading
/// words of its name (`AcronymFinder+LeadingWords.swift`).
struct AcronymFinder {
    let index: WordIndex

    /// One definition.
    struct Definition {
        let acronym: String
        let longForm: String
        let unitID: String
    }

    /// Every definition in document order (an acronym defined twice appears twice).
    func definitions() -> [Definition] {
        var tokens: [Int32] = []
        for variant in 0..<Int32(index.variants.count) where AcronymFinder.isAcronym(index.variants.key(variant)) {
            tokens.append(contentsOf: index.byVariant.tokens(of: variant))
        }
        tokens.sort()
        var found: [Definition] = []
        for token in tokens {
            let word = index.tokens[Int(token)]
            let field = index.fields[Int(word.field)]
            let scalars = field.scalars
            let start = Int(word.start)
            let end = Int(word.end)
            let acronym = scalars.string(start..<end)
            let letters = Array(acronym.unicodeScalars.filter(ScalarFolding.isUppercase))
            let unitID = index.unitIDs[Int(field.unit)]
            let before = scalars.skippingSpacesBackward(from: max(0, start - 1))
            if start > 0, end < scalars.count, scalars[start - 1] == "(", scalars[end] == ")",
                let long = longForm(ending: before, letters: letters, in: scalars)
                    ?? leadingLongForm(ending: before, letters: letters, in: scalars)
            {
                found.append(
                    Definition(
                        acronym: acronym, longForm: scalars.string(NameWords.withoutPossessive(scalars, long)),
                        unitID: unitID))
            } else if end + 1 < scalars.count, scalars[end] == " ", scalars[end + 1] == "(",
                let close = scalars.closingParenthesis(of: end + 1, limit: 120),
                let long = longForm(ending: close, letters: letters, in: scalars), long.lowerBound == end + 2
            {
                found.append(Definition(acronym: acronym, longForm: scalars.string(long), unitID: unitID))
            }
        }
        return found
    }

    /// `OSCE`, `IOM`, `CSRTs`: two to ten capitals, perhaps a plural `s`.
    static func isAcronym(_ bytes: ArraySlice<UInt8>) -> Bool {
        var capitals = bytes
        if capitals.last == UInt8(ascii: "s") { capitals = capitals.dropLast() }
        return capitals.count >= 2 && capitals.count <= 10 && capitals.allSatisfy(\.isASCIIUpper)
    }

    /// The long form whose last word ends at `end`, giving `letters` by initials; nil when the words do not fit.
    func longForm(ending end: Int, letters: [Unicode.Scalar], in scalars: [Unicode.Scalar]) -> Range<Int>? {
        for consumeSmallWords in [true, false] {
            if let start = match(ending: end, letters: letters, in: scalars, consumeSmallWords: consumeSmallWords) {
                return start..<end
            }
        }
        return nil
    }

    private func match(
        ending end: Int, letters: [Unicode.Scalar], in scalars: [Unicode.Scalar], consumeSmallWords: Bool
    ) -> Int? {
        guard end > 0, ScalarFolding.isWordScalar(scalars[end - 1]) else { return nil }
        var remaining = letters.count
        var wordStart = scalars.wordStart(before: end)
        var words = 0
        while true {
            let word = scalars[wordStart..<scalars.wordEnd(from: wordStart)]
            let parts = word.split(separator: "-")
            let small =
                parts.count == 1
                && AcronymFinder.smallWords.contains(scalars.lowercasedString(word.startIndex..<word.endIndex))
            for part in parts.reversed() {
                guard let initial = part.first else { continue }
                let upper = Unicode.Scalar(String(initial).uppercased()) ?? initial
                if remaining > 0, upper == letters[remaining - 1], !small || consumeSmallWords {
                    remaining -= 1
                } else if !small {
                    return nil
                }
            }
            words += 1
            if remaining == 0 { return words >= 2 ? wordStart : nil }
            guard words < 14, let previous = scalars.previousWordStart(before: wordStart) else { return nil }
            wordStart = previous
        }
    }

    /// Words that may stand in a long form without giving a letter.
    static let smallWords: Set<String> = [
        "of", "for", "and", "in", "on", "the", "to", "against", "de", "la", "du", "&",
    ]
}
