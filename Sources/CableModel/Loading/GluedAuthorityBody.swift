/// The `Classified By:` field ends at its reasons; a body glued after them on the same line is the body.
///
/// `Classified By: DCM Jane Roe for reasons 1.4 (b) and (d). (C) Pol/Econ Chief delivered ...` holds the
/// authority (`DCM Jane Roe for reasons 1.4 (b) and (d).`) and then the whole body, portion marking included.
enum GluedAuthorityBody {
    /// A glued body needs at least this many words; fewer are the authority's own trailing words.
    private static let bodyWords = 4

    /// The authority and the body glued after it, or nil when the field holds the authority alone.
    ///
    /// The body must open as a paragraph does (a number or a portion marking), or with a capital after the period
    /// that closes the reasons, perhaps after a heading framed by dashes (`------- SUMMARY ------- 1. (C) ...`); anything else after them (`(b & d )`, `a nd (D)`) is the authority's own debris.
    static func split(_ field: String) -> (authority: String, body: String)? {
        let bytes = Array(field.utf8)[...]
        guard var cursor = reasonsStart(bytes) else { return nil }
        while cursor < bytes.endIndex, bytes[cursor] == ASCII.colon || bytes[cursor].isBlank { cursor += 1 }
        let (end, closed) = endOfReasons(bytes, from: cursor)
        let body = bytes[end...].trimmed
        // NB: a heading framed by dashes may stand between the reasons and the first paragraph.
        let opening = FramedHeading.textStart(after: body).map { body[$0...] } ?? body
        guard body.words.count >= bodyWords, !body.hasPrefix(ignoringCase: "Classified"),
            opensParagraph(opening) || (closed && opening.first?.isASCIIUpper == true)
        else { return nil }
        return (bytes[..<end].trimmed.string, body.string)
    }

    /// A paragraph number or a portion marking opens the text.
    private static func opensParagraph(_ text: ByteText) -> Bool {
        switch BlockMarker(text)?.kind {
        case .numbered, .marked: true
        default: false
        }
    }

    /// How far past `reason` the first section number of the executive order is looked for (`Reason: Section 1.4`).
    private static let sectionReach = 24

    /// Where the reasons begin: at the first section number of the executive order (`1.4`, `1. 5`) near `reason`,
    /// `reasons` or `REASON:`, else past that word; without the word, at the first section number.
    private static func reasonsStart(_ bytes: ByteText) -> Int? {
        let keywordEnd = bytes.firstIndex(ofIgnoringCase: "reason").map { bytes.endOfLetters(from: $0) }
        let window = keywordEnd.map { bytes[$0..<min(bytes.endIndex, $0 + sectionReach)] } ?? bytes
        let sections = ["1.4", "1.5", "1. 4", "1. 5"].compactMap { window.firstIndex(ofIgnoringCase: $0) }
        return sections.min() ?? keywordEnd
    }

    /// Past the reasons (`1.4 (b) and (d).`, `1.4(B)(D)`, `1.4 b, d`, `1. 4 (b/d )`): at the first word that is
    /// none of them, or just past the period that closes them (`closed`).
    private static func endOfReasons(_ bytes: ByteText, from start: Int) -> (end: Int, closed: Bool) {
        var cursor = start
        var sectionRead = false
        while cursor < bytes.endIndex {
            let next = bytes.endOfBlanks(from: cursor)
            guard next < bytes.endIndex else { return (bytes.endIndex, false) }
            guard let end = reasonEnd(bytes, at: next) else { return (next, false) }
            // NB: `1. 4` is a section number written with a space; only a period after a letter or parenthesis
            // closes, and only once a section number was read (`Reasons. 1.4 (B)` goes on past `Reasons.`).
            let closes = sectionRead && bytes[end - 1] == ASCII.period && !bytes[next].isASCIIDigit
            if closes, end == bytes.endIndex || bytes[end].isBlank { return (end, true) }
            sectionRead = sectionRead || bytes[next].isASCIIDigit
            cursor = end
        }
        return (bytes.endIndex, false)
    }

    /// The end of one reason token at `index`: a section number (`1.4`, `1.`), a letter or letters in parentheses
    /// followed by more reasons, a lone letter, or a joining word or mark (`and`, `&`, `,`, `/`).
    private static func reasonEnd(_ bytes: ByteText, at index: Int) -> Int? {
        let byte = bytes[index]
        if byte.isASCIIDigit {
            let end = bytes.endOfDigits(from: index)
            guard end < bytes.endIndex, bytes[end] == ASCII.period else { return end }
            let decimals = bytes.endOfDigits(from: end + 1)
            // NB: `1. (C) Text` is a paragraph marker, not the reason `1.4` written with a space.
            if decimals == end + 1, nextWordOpensText(bytes, after: end + 1) { return nil }
            return decimals
        }
        if byte == ASCII.openParen { return parenthesisedLetters(bytes, at: index) }
        if byte == ASCII.comma || byte == ASCII.slash || byte == UInt8(ascii: "&") || byte == ASCII.period {
            return index + 1
        }
        let wordEnd = bytes.endOfLetters(from: index)
        let word = bytes[index..<wordEnd]
        if word.count == 1, word[index].asciiUppercased >= UInt8(ascii: "A"),
            word[index].asciiUppercased <= UInt8(ascii: "H")
        {
            return wordEnd
        }
        return word.hasPrefix(ignoringCase: "and") && word.count == 3 ? wordEnd : nil
    }

    /// `(b)`, `(b/d )`, `(B)`: reason letters, unless a capitalised word follows (then it is a portion marking).
    private static func parenthesisedLetters(_ bytes: ByteText, at index: Int) -> Int? {
        var cursor = index + 1
        while cursor < bytes.endIndex, cursor - index <= 8,
            bytes[cursor].isASCIILetter || bytes[cursor] == ASCII.slash || bytes[cursor].isBlank
                || bytes[cursor] == ASCII.comma
        {
            cursor += 1
        }
        guard cursor < bytes.endIndex, bytes[cursor] == ASCII.closeParen, cursor > index + 1 else { return nil }
        let end = cursor + 1
        if PortionMarking.read(bytes, at: index) != nil, nextWordOpensText(bytes, after: end) { return nil }
        return end
    }

    /// Whether the word after `index` opens running text: a capitalised word that is not `AND`.
    private static func nextWordOpensText(_ bytes: ByteText, after index: Int) -> Bool {
        let start = bytes.endOfBlanks(from: index)
        guard start < bytes.endIndex else { return false }
        if bytes[start] == ASCII.openParen { return PortionMarking.read(bytes, at: start) != nil }
        let word = bytes[start..<bytes.endOfLetters(from: start)]
        return word.count >= 2 && word.first?.isASCIIUpper == true && !word.hasPrefix(ignoringCase: "and")
    }
}

extension ArraySlice where Element == UInt8 {
    /// The index just past a run of ASCII letters that starts at `index`.
    func endOfLetters(from index: Int) -> Int {
        var end = index
        while end < endIndex, self[end].isASCIILetter { end += 1 }
        return end
    }
}
