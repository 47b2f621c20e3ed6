/// Reads one item of a statute reference: a number (`241.2`, `205-15`, `IV`, a range `124-127`), its
/// subdivisions (`(1)`, `, part 2`) and a parenthesis after it (a gloss `(kidnapping)` or a note `(renumbered 313)`).
struct StatuteItemReader {
    let scalars: [Unicode.Scalar]
    let division: Statute.Division
    let plural: Bool

    /// One item's citations (several for a range) and where the item ends.
    struct Item {
        var citations: [StatuteCitation]
        let end: Int
    }

    /// The item whose number starts at `start`; the mention runs from `mentionStart` (the keyword, for the first).
    func read(at start: Int, mentionStart: Int) -> Item? {
        guard let number = readNumber(at: start) else { return nil }
        var end = number.end
        let subdivision = readSubdivisions(from: &end)
        let mention = mentionStart..<end
        var names: [String] = []
        var notes: [String] = []
        readParentheses(from: &end, names: &names, notes: &notes)
        let numbers = number.last.map { last in (number.first...last).map(String.init) } ?? [number.text]
        let citations = numbers.map { text in
            StatuteCitation(
                division: division, number: text, range: mention, subdivision: subdivision, names: names, notes: notes)
        }
        return Item(citations: citations, end: end)
    }

    /// The next item of a list (`, 243`, `and 250`, `, and 250`) after `end`, and whether a conjunction led to it.
    func readListItem(after end: Int) -> (Item, Bool)? {
        guard let joint = ListJoint.read(scalars, after: end, dashes: false), case .item(let conjunction) = joint.kind,
            let item = read(at: joint.next, mentionStart: joint.next)
        else { return nil }
        guard plural || endsCleanly(item.end) else { return nil }
        return (item, conjunction)
    }

    /// Whether what follows an item could end a list of articles (punctuation, `of`, `and`), not a count
    /// (`article 250, 12 individuals`).
    private func endsCleanly(_ end: Int) -> Bool {
        let next = scalars.skippingSpaces(from: end)
        guard next < scalars.count, ScalarFolding.isWordScalar(scalars[next]) else { return true }
        return scalars.word(at: next, oneOf: StatuteItemReader.wordsAfterList) != nil
            || ScalarFolding.isUppercase(scalars[next])
    }

    /// Words that may follow the last item of a list of articles (`Articles 5 and 6 of`, `which states`).
    static let wordsAfterList: Set<String> = EnglishWords.listConjunctions.union([
        "of", "which", "states", "stated", "provide", "provides",
    ])

    /// A number: digits with dotted parts (`241.2`), a hyphenated number (`205-15`), a range (`124-127`,
    /// `124 to 127`, plural keywords only), up to three small letters or one capital attached (`3a`, `366A`) or a Roman numeral (`IV`).
    private func readNumber(at start: Int) -> (text: String, first: Int, last: Int?, end: Int)? {
        guard start < scalars.count else { return nil }
        guard scalars[start].isASCIIDigit else { return readRomanNumeral(at: start) }
        var end = scalars.digitsEnd(from: start)
        guard end - start <= 5, let first = Int(scalars.string(start..<end)) else { return nil }
        while end + 1 < scalars.count, scalars[end] == ".", scalars[end + 1].isASCIIDigit {
            end = scalars.digitsEnd(from: end + 1)
        }
        if end + 1 < scalars.count, scalars[end] == "-" || scalars[end] == "\u{2013}", scalars[end + 1].isASCIIDigit {
            let secondEnd = scalars.digitsEnd(from: end + 1)
            let second = Int(scalars.string(end + 1..<secondEnd)) ?? 0
            if plural, EnglishWords.isItemRange(from: first, to: second), !scalars[start..<end].contains(".") {
                return (scalars.string(start..<secondEnd), first, second, secondEnd)
            }
            end = secondEnd
        } else if plural, let range = readWordedRange(after: end, first: first) {
            return (scalars.string(start..<range.end), first, range.last, range.end)
        }
        let letters = scalars.wordEnd(from: end)
        if letters > end {
            let suffix = scalars.string(end..<letters)
            // NB: one capital is a subdivision letter (`Section 366A`); more are a word glued on (`12958DECL`).
            guard letters - end <= 3, !EnglishWords.ordinalSuffixes.contains(suffix.lowercased()),
                suffix.unicodeScalars.allSatisfy(ScalarFolding.isLowercase) || letters - end == 1
            else { return nil }
            end = letters
        }
        return (scalars.string(start..<end), first, nil, end)
    }

    /// `to 127` or `through 127` after a first number.
    private func readWordedRange(after end: Int, first: Int) -> (last: Int, end: Int)? {
        guard let joint = ListJoint.read(scalars, after: end, dashes: false), joint.kind == .range else { return nil }
        let start = joint.next
        let numberEnd = scalars.digitsEnd(from: start)
        guard numberEnd > start, let last = Int(scalars.string(start..<numberEnd)),
            EnglishWords.isItemRange(from: first, to: last),
            scalars.wordEnd(from: numberEnd) == numberEnd
        else { return nil }
        return (last, numberEnd)
    }

    /// An upper-case Roman numeral standing alone (`Article IV`), for articles only.
    private func readRomanNumeral(at start: Int) -> (text: String, first: Int, last: Int?, end: Int)? {
        guard division == .article else { return nil }
        let end = scalars.wordEnd(from: start)
        guard end > start, end - start <= 6, let value = RomanNumeral.value(of: scalars.string(start..<end)) else {
            return nil
        }
        return (scalars.string(start..<end), value, nil, end)
    }

    /// Subdivisions after a number: `(1)`, `(1)(b)`, `, part 2`, ` paragraph 1(b)`; their text, joined.
    private func readSubdivisions(from end: inout Int) -> String? {
        var parts: [String] = []
        while true {
            if let close = subdivisionParenthesis(at: end) {
                parts.append(scalars.string(scalars.skippingSpaces(from: end)..<close + 1))
                end = close + 1
                continue
            }
            var start = end
            if start < scalars.count, scalars[start] == "," { start += 1 }
            let wordStart = scalars.skippingSpaces(from: start)
            guard wordStart > start || start > end,
                let word = scalars.word(at: wordStart, oneOf: EnglishWords.subdivisionWords)
            else { break }
            let numberStart = scalars.skippingSpaces(from: word.end)
            let numberEnd = scalars.wordEnd(from: numberStart)
            guard numberStart > word.end, numberEnd > numberStart, numberEnd - numberStart <= 3,
                scalars[numberStart].isASCIIDigit || numberEnd - numberStart == 1
            else { break }
            parts.append(scalars.string(wordStart..<numberEnd))
            end = numberEnd
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// The `)` closing a subdivision such as `(1)`, `(b)` or `(iv)` at `end` (a space may stand before `(1)`).
    private func subdivisionParenthesis(at end: Int) -> Int? {
        var open = end
        if open + 1 < scalars.count, scalars[open] == " ", scalars[open + 1] == "(" { open += 1 }
        guard open < scalars.count, scalars[open] == "(", let close = scalars.closingParenthesis(of: open, limit: 8)
        else { return nil }
        let inside = Array(scalars[open + 1..<close])
        guard !inside.isEmpty, inside.allSatisfy({ ScalarFolding.isWordScalar($0) }) else { return nil }
        if inside.allSatisfy(\.isASCIIDigit) { return inside.count <= 3 ? close : nil }
        guard open == end else { return nil }
        let text = String(String.UnicodeScalarView(inside))
        return inside.count <= 2 || RomanNumeral.value(of: text.uppercased()) != nil && inside.count <= 4 ? close : nil
    }

    /// Parentheses after an item: a gloss `(kidnapping)`, `(which is the "...")`, or a note `(renumbered 313)`.
    private func readParentheses(from end: inout Int, names: inout [String], notes: inout [String]) {
        for _ in 0..<2 {
            let open = scalars.skippingSpaces(from: end)
            guard open < scalars.count, scalars[open] == "(", let close = scalars.closingParenthesis(of: open) else {
                return
            }
            let inside = open + 1..<close
            let firstWord = scalars.lowercasedString(inside.lowerBound..<scalars.wordEnd(from: inside.lowerBound))
            let text = scalars.string(inside)
            if StatuteItemReader.noteWords.contains(firstWord) {
                notes.append(text.trimmingSpaces)
            } else if firstWord == "which", let name = quotedOrRest(inside) {
                names.append(name)
            } else if StatuteItemReader.asideWords.contains(firstWord)
                || StatuteReferenceParser.keywords[firstWord] != nil
                || text.unicodeScalars.contains(where: \.isASCIIDigit)
            {
                return
            } else if let name = StatuteItemReader.name(scalars, inside) {
                names.append(name)
            } else {
                return
            }
            end = close + 1
        }
    }

    static let noteWords: Set<String> = ["renumbered", "formerly", "former", "previously", "now", "amended", "as"]
    static let asideWords: Set<String> = [
        "see", "para", "paras", "paragraph", "paragraphs", "ref", "reftel", "cf", "e", "i", "and", "or", "also",
    ]

    /// The words that open a gloss before its name (`which is the`), skipped in this order.
    static let glossOpeners = ["which", "is", "are", "the"]

    /// The quoted text inside a `(which is the "...")`, or the words after `which is (the)`.
    private func quotedOrRest(_ inside: Range<Int>) -> String? {
        if let open = scalars[inside].firstIndex(where: \.isOpeningQuote),
            let quote = scalars.quotation(at: open, limit: 200)
        {
            return StatuteItemReader.name(scalars, quote.inside)
        }
        var start = inside.lowerBound
        for skipped in StatuteItemReader.glossOpeners {
            if let word = scalars.word(at: start, oneOf: [skipped]) { start = scalars.skippingSpaces(from: word.end) }
        }
        return StatuteItemReader.name(scalars, start..<inside.upperBound)
    }

    /// A name as the text writes it: spaces collapsed, quotes and a trailing `.` or `,` removed; nil when empty.
    static func name(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String? {
        var text = ""
        var lastWasSpace = true
        for scalar in scalars[range.clamped(to: 0..<scalars.count)] {
            if scalar.isSpace {
                if !lastWasSpace { text.unicodeScalars.append(" ") }
                lastWasSpace = true
            } else {
                text.unicodeScalars.append(scalar)
                lastWasSpace = false
            }
        }
        while let last = text.unicodeScalars.last,
            last == " " || last == "." || last == "," || last.isClosingQuote || last.isOpeningQuote
        {
            text.unicodeScalars.removeLast()
        }
        while let first = text.unicodeScalars.first, first == " " || first.isOpeningQuote {
            text.unicodeScalars.removeFirst()
        }
        guard text.unicodeScalars.count <= 160, text.unicodeScalars.contains(where: ScalarFolding.isLetter)
        else { return nil }
        return text
    }
}
