extension AcronymFinder {
    /// Words that may join the parts of a long name listed with commas: the small words and `or`
    /// (`Inhuman or Degrading Treatment or Punishment`).
    static let listedNameJoiners: Set<String> = smallWords.union(["or"])

    /// The most words read back from a parenthesis for a long form whose acronym spells only its leading words.
    static let leadingFormWords = 24

    /// The long form of an instrument whose acronym spells only its leading words, the rest of its name listed
    /// after them, often with commas: `Convention against Torture and Other Cruel, Inhuman or Degrading Treatment
    /// or Punishment (CAT)`. The name runs back from `end` over capitalised words, joiners and commas; its first
    /// capitalised word whose words from there give `letters` by initials, a kind of law among them, starts it.
    func leadingLongForm(ending end: Int, letters: [Unicode.Scalar], in scalars: [Unicode.Scalar]) -> Range<Int>? {
        guard !letters.isEmpty else { return nil }
        let words = nameWords(ending: end, in: scalars)
        for (position, word) in words.enumerated() where ScalarFolding.isUppercase(scalars[word.lowerBound]) {
            for consumeSmallWords in [true, false]
            where spellsLeading(letters, words[position...], in: scalars, consumeSmallWords: consumeSmallWords) {
                return word.lowerBound..<end
            }
        }
        return nil
    }

    /// The words of a name that ends at `end`, in document order: capitalised words and joiners, across commas.
    private func nameWords(ending end: Int, in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        guard end > 0, ScalarFolding.isWordScalar(scalars[end - 1]) else { return [] }
        var words: [Range<Int>] = []
        var wordEnd = end
        while words.count < AcronymFinder.leadingFormWords {
            let start = scalars.wordStart(before: wordEnd)
            let isJoiner = AcronymFinder.listedNameJoiners.contains(scalars.lowercasedString(start..<wordEnd))
            guard start < wordEnd, ScalarFolding.isUppercase(scalars[start]) || isJoiner else { break }
            words.append(start..<wordEnd)
            var before = scalars.skippingSpacesBackward(from: start)
            if before > 0, scalars[before - 1] == "," { before = scalars.skippingSpacesBackward(from: before - 1) }
            guard before > 0, before < start, ScalarFolding.isWordScalar(scalars[before - 1]),
                !scalars[before..<start].contains("\n")
            else { break }
            wordEnd = before
        }
        return words.reversed()
    }

    /// Whether the leading words spell `letters` by initials (small words giving a letter or none), naming a kind of
    /// law among the words they take.
    private func spellsLeading(
        _ letters: [Unicode.Scalar], _ words: ArraySlice<Range<Int>>, in scalars: [Unicode.Scalar],
        consumeSmallWords: Bool
    ) -> Bool {
        var next = 0
        var namesLaw = false
        for word in words.prefix(AcronymFinder.leadingFormWords) {
            let lowered = scalars.lowercasedString(word)
            let small = AcronymFinder.listedNameJoiners.contains(lowered)
            namesLaw = namesLaw || EnglishWords.lawKinds.contains(lowered)
            let initial = scalars[word.lowerBound].properties.uppercaseMapping.unicodeScalars.first
            if initial == letters[next], !small || consumeSmallWords {
                next += 1
            } else if !small {
                return false
            }
            if next == letters.count { return namesLaw && word.upperBound < words.last?.upperBound ?? 0 }
        }
        return false
    }
}
