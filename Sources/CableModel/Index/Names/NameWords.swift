/// Word tests for the name readers, on a field's scalars.
enum NameWords {
    /// A capitalised word that may stand in a name: every hyphenated part capitalised (`Anti-TIP`, not
    /// `USG-funded`), with a lower-case letter somewhere in the word or only two to five letters (`OSCE`),
    /// and not a month or weekday.
    static func isNamePart(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        let word = scalars[range]
        guard let first = word.first, ScalarFolding.isUppercase(first) else { return false }
        if word.allSatisfy({ $0.value < 0x80 }) { return isASCIINameWord(scalars, range) }
        var partStart = true
        var letters = 0
        var hasLowercase = false
        for scalar in word {
            if scalar == "-" {
                partStart = true
                continue
            }
            if partStart, !(ScalarFolding.isUppercase(scalar) || scalar.isASCIIDigit) { return false }
            partStart = false
            if scalar.properties.isAlphabetic { letters += 1 }
            if scalar.properties.isLowercase { hasLowercase = true }
        }
        let isPossessive =
            word.count > 2 && word.last == "s"
            && (word[word.endIndex - 2] == "'" || word[word.endIndex - 2] == "\u{2019}")
        guard hasLowercase || (letters >= 2 && letters <= 5) || isPossessive else { return false }
        return !EnglishWords.calendarWords.contains(scalars.lowercasedString(range))
    }

    private static func isASCIINameWord(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var partStart = true
        var letters = 0
        var hasLowercase = false
        for scalar in scalars[range] {
            let byte = UInt8(scalar.value)
            if byte == ASCII.hyphen {
                partStart = true
                continue
            }
            if partStart, !(byte.isASCIIUpper || byte.isASCIIDigit) { return false }
            partStart = false
            if byte.isASCIILetter { letters += 1 }
            if byte.isASCIILower { hasLowercase = true }
        }
        guard hasLowercase || (letters >= 2 && letters <= 5) || isPossessive(scalars, range) else { return false }
        return letters > 9 || !EnglishWords.calendarWords.contains(scalars.lowercasedString(range))
    }

    /// The word lower-cased.
    static func lowered(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        scalars.lowercasedString(range)
    }

    /// Whether the word ends in `'s`.
    static func isPossessive(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        range.count > 2 && scalars[range.upperBound - 1] == "s"
            && (scalars[range.upperBound - 2] == "'" || scalars[range.upperBound - 2] == "\u{2019}")
    }

    /// Whether the word is the possessive of a group of people (`Children's`, `Workers'`), which stays inside a
    /// name.
    static func isGroupPossessive(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        let apostrophe: (Unicode.Scalar) -> Bool = { $0 == "'" || $0 == "\u{2019}" }
        var base = range
        if isPossessive(scalars, range) {
            base = withoutPossessive(scalars, range)
        } else if range.count > 1, apostrophe(scalars[range.upperBound - 1]) {
            base = range.lowerBound..<range.upperBound - 1
        } else {
            return false
        }
        return EnglishWords.groupsOfPeople.contains(scalars.lowercasedString(base))
    }

    /// The word's range without a final `'s`.
    static func withoutPossessive(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        isPossessive(scalars, range) ? range.lowerBound..<range.upperBound - 2 : range
    }
}
