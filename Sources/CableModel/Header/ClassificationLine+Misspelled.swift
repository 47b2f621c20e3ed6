/// The classification line's misspelled and run-together forms: a level misspaced (`CO N F I D E N T I A L`), with a
/// letter doubled or its first lost, a level glued to the post (`C O N F I D E N T I A LCAIRO`), a number glued to
/// the next field (`000409SIPDIS`), a level after an export's field boundary (`DC","UNCLAS`) or its label
/// (`CLASSIFICATION: SECRET`).
extension ClassificationLine {
    /// The label an export's record writes before the level.
    static let label = "CLASSIFICATION:"

    /// The shortest run of words at the start of the line whose letters spell a level misspaced, with one letter
    /// doubled or the first one lost (`SE C R E T`, `C ONFIDENTIAL`, `C C O N F I D E N T I A L`, `NCLAS`).
    static func misspelledLevel(in words: [String]) -> Level? {
        var letters = ""
        for (end, word) in words.prefix(maximumLevelLength + 1).enumerated() {
            guard word.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return nil }
            letters += word
            guard letters.count <= maximumLevelLength + 1 else { return nil }
            guard letters.count >= 5, let level = spacedLevels.first(where: { spells(letters, $0) }) else { continue }
            return Level(
                level: level, start: 0, next: end + 1, gluedPrefix: "", extraCaveats: [], isMisspelled: true)
        }
        return nil
    }

    private static let maximumLevelLength = 12

    /// `letters` is `level`, or `level` with one letter doubled (`CCONFIDENTIAL`) or its first letter lost (`NCLAS`).
    private static func spells(_ letters: String, _ level: String) -> Bool {
        if letters == level { return true }
        if letters.count + 1 == level.count { return letters == String(level.dropFirst()) }
        guard letters.count == level.count + 1 else { return false }
        let written = Array(letters)
        return written.indices.dropLast().contains { index in
            written[index] == written[index + 1] && String(written[..<index] + written[(index + 1)...]) == level
        }
    }

    /// Letters spaced out (`CONFIDENTIA`) whose level ends at the start of the next word (`LCAIRO`): the level, and
    /// the rest of that word, the post.
    static func levelGluedToPost(_ letters: String, next: Int, in words: [String]) -> (level: String, rest: String)? {
        guard next < words.count else { return nil }
        for level in spacedLevels where level.count > letters.count && level.hasPrefix(letters) {
            let missing = level.dropFirst(letters.count)
            let word = words[next]
            guard word.hasPrefix(missing), word.count > missing.count else { continue }
            let rest = String(word.dropFirst(missing.count))
            if rest.allSatisfy(\.isUppercase) { return (level, rest) }
        }
        return nil
    }

    /// `000409SIPDIS`: a cable number of three digits or more with a word of three capitals or more glued after it;
    /// the number and how many digits it has.
    static func numberGluedToField(_ word: String) -> (number: Int, digits: Int)? {
        let digits = word.prefix(while: \.isASCIIDigitCharacter)
        // NB: a date-time group (`021439Z`) ends in one letter; a field's word has three or more.
        let letters = word.dropFirst(digits.count).prefix(while: \.isUppercase)
        guard digits.count >= 3, letters.count >= 3, let number = Int(digits) else { return nil }
        return (number, digits.count)
    }

    /// `DC","` gives `DC`: text before a level with the boundary of an export's quoted fields dropped.
    static func droppingFieldBoundary(_ text: String) -> String {
        text.hasSuffix("\",\"") ? String(text.dropLast(3)) : text
    }
}
