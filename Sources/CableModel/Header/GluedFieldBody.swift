/// A body glued after the text of a REF or SUBJECT field on the same line is the body.
///
/// `REF: STATE 74305 (SBU) According to FCO ...` holds the REF list (`STATE 74305`) and then the whole body, portion
/// marking included. The field ends at a paragraph number or a portion marking that running text follows
/// (`1. (C) The envoy met ...`, `(SBU) Farmers asked ...`) and, in a REF list, at a sentence right after a cable's
/// number or a date (`REF: STATE 1234 We delivered the points ...`). The list's own parts start no body: a label
/// (`(C) STATE 123`, or the letter after the list's last label), a year (`(2006)`), a caveat (`(NOTAL)`).
enum GluedFieldBody {
    /// Running text has at least this many words; fewer are a label's or a title's.
    private static let bodyWords = 4
    /// Running text has lower case in one of this many words.
    private static let proseReach = 6
    /// A sentence glued after a cable's number without a marker has at least this many words.
    private static let sentenceWords = 8

    /// The field's own text and the body glued after it, or nil when the field holds its own text alone.
    /// `afterCitations`: a sentence right after a cable's number also starts the body (REF lists).
    static func split(_ field: String, afterCitations: Bool) -> (field: String, body: String)? {
        let bytes = Array(field.utf8)[...]
        var index = bytes.endOfBlanks(from: bytes.startIndex)
        while index < bytes.endIndex {
            let end = bytes.endOfWord(from: index)
            let next = bytes.endOfBlanks(from: end)
            guard next < bytes.endIndex else { return nil }
            if next > end, opensBody(bytes, at: next, afterCitations: afterCitations) {
                return (bytes[..<next].trimmed.string, bytes[next...].trimmed.string)
            }
            index = next
        }
        return nil
    }

    /// Whether the body starts at `index`: a paragraph number or portion marking that opens running text, or a
    /// sentence after a cable's number.
    private static func opensBody(_ bytes: ByteText, at index: Int, afterCitations: Bool) -> Bool {
        let rest = bytes[index...]
        guard let marker = BlockMarker(rest) else {
            return afterCitations && followsNumber(bytes, at: index) && isSentence(rest)
        }
        let content = rest[marker.contentStart...]
        switch marker.kind {
        case .marked: return !continuesLabels(bytes, at: index) && opensRunningText(content)
        // NB: a number without a marking may end a date or a title (`DATED 15 JUL 08.`, `PART 1. THE NORTH`): it
        // opens a body only as the first paragraph (`1.`) with a sentence after it; `08.` is never a paragraph's.
        case .numbered(let number, _):
            guard bytes[index] != UInt8(ascii: "0") else { return false }
            // NB: `REF: STATE 1234 1. (SBU)`: a number and its marking end the field; the text opens the next line.
            if number == 1, marker.marking != nil, content.trimmed.isEmpty { return true }
            guard opensRunningText(content) else { return false }
            return marker.marking != nil || (number == 1 && holdsSentenceEnd(content))
        default: return false
        }
    }

    /// `(C)` after `(B)`: the letter after the list's last label is the next label, not a portion marking.
    private static func continuesLabels(_ bytes: ByteText, at index: Int) -> Bool {
        let end = bytes.endOfWord(from: index)
        let word = bytes[index..<end].string
        guard let last = ReferenceParser.items(in: bytes[..<index].string).last?.label,
            let next = ReferenceParser.letter(after: last)
        else { return false }
        return word == "(\(next))"
    }

    /// Running text: a capitalised word (`The`, `HMG`, `Pol/Econ`) and more words, lower case in one of the first
    /// few, that are no cable citation (`STATE 123`, `03 BRASILIA 2544`: a number after words without lower case).
    private static func opensRunningText(_ text: ByteText) -> Bool {
        let words = text.words
        guard words.count >= bodyWords, let first = words.first, first.count >= 2,
            first[first.startIndex].isASCIIUpper
        else { return false }
        // NB: `C. USASAC LETTER`: a lone letter and a period is the list's next label, `U.S.` a word.
        let second = first[first.startIndex + 1]
        guard second.isASCIILetter || second == ASCII.slash || (second == ASCII.period && first.count > 2) else {
            return false
        }
        // NB: words in capitals alone (`(U) EMAIL FROM POLOFF CLIFTON`) are a REF entry's title, not prose.
        let lower = words.prefix(proseReach).contains { $0.contains(where: \.isASCIILower) }
        return lower && !isCitation(words.prefix(3))
    }

    /// Words up to a number in which no word has lower case: `STATE 123`, `BUENOS AIRES 1234,`.
    private static func isCitation(_ words: ArraySlice<ByteText>) -> Bool {
        guard let number = words.firstIndex(where: { $0.first?.isASCIIDigit == true }) else { return false }
        return !words[..<number].contains { $0.contains(where: \.isASCIILower) }
    }

    /// A full stop that ends a sentence: at the end of the text or before a space.
    private static func holdsSentenceEnd(_ text: ByteText) -> Bool {
        text.words.contains { $0.last == ASCII.period && $0.count >= 3 }
    }

    /// Whether the word before `index` ends a citation: a cable's number or a date (`1234`, `11/21/2007`).
    private static func followsNumber(_ bytes: ByteText, at index: Int) -> Bool {
        var start = index
        while start > bytes.startIndex, bytes[start - 1].isBlank { start -= 1 }
        let end = start
        while start > bytes.startIndex, !bytes[start - 1].isBlank { start -= 1 }
        let word = bytes[start..<end]
        let digits = word.filter(\.isASCIIDigit).count
        let dateMarks = word.allSatisfy { $0.isASCIIDigit || $0 == ASCII.slash || $0 == UInt8(ascii: "-") }
        return digits >= 2 && dateMarks && word.last?.isASCIIDigit == true
    }

    /// A sentence: a word in capitals and lower case (`We`, `This`), then at least `sentenceWords` words up to its
    /// first full stop, three of the first eight in lower case.
    private static func isSentence(_ text: ByteText) -> Bool {
        let words = text.words
        guard let first = words.first, first.count >= 2, first[first.startIndex].isASCIIUpper,
            first[first.startIndex + 1].isASCIILower
        else { return false }
        guard let stop = words.firstIndex(where: { $0.last == ASCII.period }) else { return false }
        let lower = words.prefix(sentenceWords).filter { $0.first?.isASCIILower == true }
        return stop + 1 >= sentenceWords && lower.count >= 3
    }
}
