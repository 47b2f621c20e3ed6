/// Splits the REF field into references and reads cable ids from them.
///
/// `A. STATE 1234 B. 09 MOSCOW 567`, `(A) STATE 165022 (B) MOSCOW 11500`, `A) MADRID 3552 B) BRUSSELS 4080`,
/// `STATE 2094`, `05 NEW DELHI 8782`, `¶B. BISHKEK 85` (a letter the web conversion turned into a paragraph mark).
enum ReferenceParser {
    /// The references in `text`; `year` is the cable's own, for references written without one.
    static func parse(_ text: String, year: Int?) -> [CableReference] {
        var references: [CableReference] = []
        var label: String?
        var words: [Substring] = []
        func flush() {
            let itemText = words.joined(separator: " ")
            if !itemText.isEmpty {
                references.append(CableReference(label: label, text: itemText, cableID: cableID(words, year: year)))
            }
            words = []
        }
        for rawWord in text.split(separator: " ") {
            let word = rawWord.count > 1 ? rawWord.trimmingSuffix(while: { $0 == "," || $0 == ";" }) : rawWord
            if word.isEmpty { continue }
            if let letter = ReferenceParser.label(word) {
                flush()
                label = letter
            } else {
                words.append(word)
            }
        }
        flush()
        return references
    }

    /// `A.`, `A)`, `(A)`, `¶A.`, `a.`: a reference label; its letter.
    private static func label(_ word: Substring) -> String? {
        var letters = word
        if letters.hasPrefix("¶") { letters = letters.dropFirst() }
        if letters.hasPrefix("("), letters.hasSuffix(")") {
            letters = letters.dropFirst().dropLast()
        } else if letters.hasSuffix(".") || letters.hasSuffix(")") {
            letters = letters.dropLast()
        } else {
            return nil
        }
        guard letters.count == 1, let letter = letters.first, letter.isLetter, letter.isASCII else { return nil }
        return letter.uppercased()
    }

    /// `[YY] POST NUMBER`: `09 MOSCOW 567` is `09MOSCOW567`; a missing year is the cable's own.
    static func cableID(_ words: [Substring], year: Int?) -> String? {
        var words = words.filter { !($0.hasPrefix("(") && $0.hasSuffix(")")) }
        guard words.count >= 2, let last = words.last, last.allSatisfy(\.isASCIIDigitCharacter),
            let number = Int(last), number > 0
        else { return nil }
        words.removeLast()
        var referenceYear = year
        if let first = words.first, first.allSatisfy(\.isASCIIDigitCharacter), first.count == 2 || first.count == 4 {
            referenceYear = Int(first).map(CableDate.expandingYear)
            words.removeFirst()
        }
        guard let referenceYear, (1...3).contains(words.count),
            words.allSatisfy({ $0.allSatisfy { $0.isLetter && $0.isASCII } })
        else { return nil }
        var post = words.joined().uppercased()
        if post == "SECSTATE" { post = "STATE" }
        let shortYear = referenceYear % 100
        return (shortYear < 10 ? "0" : "") + "\(shortYear)" + post + "\(number)"
    }
}

extension Substring {
    /// The substring without trailing characters that match `predicate`.
    func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}
