/// Finds the signing officer's name at the end of the body and cuts off what follows it.
///
/// The name stands on its own line (`QUAST`, `LeBaron`), or is glued to the end of the last paragraph
/// (`...compatible system. QUAST`, `End comment. STEVENS 0 03/13/2008 9871 PGOV,PREL ...`). Lines after it are
/// not cable text (site footers, tracking lines) and are dropped.
enum SignatureReader {
    /// How many non-blank lines at the end may follow the signature line.
    private static let footerLimit = 3
    /// How much text a footer after the signature may hold, in bytes.
    private static let footerLength = 240
    private static let notNames: Set<String> = [
        "END", "TEXT", "COMMENT", "SUMMARY", "NOTE", "CONFIDENTIAL", "SECRET", "UNCLASSIFIED", "UNCLAS", "SIPDIS",
        "NOFORN", "SENSITIVE", "THANKS", "REGARDS", "BT", "NNNN", "DECL", "ACTION", "REQUEST", "TBD", "NA", "NONE",
    ]

    /// Words of sentences that no name holds.
    private static let sentenceWords: Set<String> = EnglishWords.determiners.union(EnglishWords.auxiliaries)
        .union(EnglishWords.nameConnectors).union(["a", "an"])

    /// Removes the signature (and any footer after it) from `lines`, returning the name.
    static func extract(from lines: inout [BodyLine]) -> String? {
        let nonBlank = lines.indices.filter { !lines[$0].isBlank }
        guard !nonBlank.isEmpty else { return nil }
        for position in nonBlank.suffix(footerLimit + 1).reversed() {
            let text = lines[position].text.trimmed
            if let name = ownLineName(text), position != nonBlank.first, isFooter(lines[(position + 1)...]) {
                lines.removeSubrange(position...)
                return name
            }
        }
        guard let last = nonBlank.last else { return nil }
        var text = lines[last].text.trimmedTrailing
        if let recordStart = siteRecordStart(text) { text = text[..<recordStart].trimmedTrailing }
        guard let glued = gluedName(text) else {
            lines[last].text = text
            return nil
        }
        lines[last].text = text[..<glued.start].trimmedTrailing
        return glued.name
    }

    /// What follows a signature is a short footer, not paragraphs: no paragraph marker and little text.
    private static func isFooter(_ lines: ArraySlice<BodyLine>) -> Bool {
        var length = 0
        for line in lines where !line.isBlank {
            if BlockMarker(line.text) != nil { return false }
            length += line.text.count
        }
        return length <= footerLength
    }

    /// `QUAST`, `GFOELLER`, `LeBaron`: one to three capitalised words, the only text on the line.
    private static func ownLineName(_ line: ByteText) -> String? {
        // NB: `SMITH##`, `SMITH.`, `SMITH \`: marks after the name are residue of the conversion.
        var text = line
        while let last = text.last, last == ASCII.hash || last == ASCII.period || last == UInt8(ascii: "\\") {
            text = text.dropLast().trimmed
        }
        let words = text.words
        guard (1...3).contains(words.count), text.count <= 32 else { return nil }
        let allCapitals = words.allSatisfy { isCapitalWord($0) }
        guard allCapitals || (words.count == 1 && isNameWord(words[0])) else { return nil }
        let name = text.string
        guard !words.contains(where: { notNames.contains($0.string.uppercased()) }) else { return nil }
        // NB: a short sentence in capitals (`THE TALKS FAILED.`) is the author's text, and a name holds no article,
        // auxiliary or connecting word.
        guard !words.contains(where: { sentenceWords.contains($0.string.lowercased()) }) else { return nil }
        guard !words.allSatisfy({ $0.allSatisfy { $0 == UInt8(ascii: "X") } }) else { return nil }
        return name
    }

    /// A name glued after the last sentence: `system. QUAST`, `END TEXT HEFFERN`, `Europe. Edelman`, or after a
    /// footer link (`...Portal:Unit ed_Kingdom TUTTLE`); a trailing date or stray period after it is site residue.
    private static func gluedName(_ text: ByteText) -> (name: String, start: Int)? {
        var words = text.words
        while let last = words.last, isISODate(last) || last.allSatisfy({ !$0.isASCIIAlphanumeric }) {
            words.removeLast()
        }
        guard words.count >= 2 else { return nil }
        var nameWords: [ByteText] = []
        while let last = words.last, nameWords.count < 3, isCapitalWord(last), !notNames.contains(last.string) {
            nameWords.insert(last, at: 0)
            words.removeLast()
        }
        if nameWords.isEmpty, let last = words.last, isNameWord(last), last.count >= 4,
            !notNames.contains(last.string.uppercased())
        {
            nameWords = [last]
            words.removeLast()
        }
        guard let first = nameWords.first else { return nil }
        while let last = words.last, ["END", "TEXT", "COMMENT"].contains(last.string.uppercased()) {
            words.removeLast()
        }
        guard let before = words.last, closesSentence(before) || followsFooterLink(before, text: text, name: nameWords)
        else { return nil }
        return (nameWords.map(\.string).joined(separator: " "), first.startIndex)
    }

    /// The word ends with closing punctuation, or is a line of asterisks.
    private static func closesSentence(_ word: ByteText) -> Bool {
        guard let last = word.last else { return false }
        if !word.contains(where: \.isASCIIAlphanumeric) { return true }
        return [ASCII.period, ASCII.exclamation, ASCII.question, ASCII.quote, ASCII.closeParen].contains(last)
            || last == 0x9D  // the last byte of a closing curly quote
    }

    /// A classified-website footer line ends in a link; the name after it may be in any case.
    private static func followsFooterLink(_ word: ByteText, text: ByteText, name: [ByteText]) -> Bool {
        let isLink = text.firstIndex(ofIgnoringCase: "http") != nil || text.firstIndex(ofIgnoringCase: "www.") != nil
        let allCapitals = name.allSatisfy { isCapitalWord($0) } && name.reduce(0) { $0 + $1.count } >= 4
        return isLink || (allCapitals && word.contains(where: \.isASCIILower))
    }

    /// `2005-05-06`.
    private static func isISODate(_ word: ByteText) -> Bool {
        let parts = word.split(separator: ASCII.hyphen)
        return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
            && parts[0].count == 4
    }

    /// ` 0 03/13/2008 9871 PGOV,PREL,...`: a web record's fields glued after the signature.
    private static func siteRecordStart(_ text: ByteText) -> Int? {
        let words = text.words
        for (position, word) in words.enumerated() where position >= 2 && position + 2 < words.count {
            let previous = words[position - 1]
            guard isSlashDate(word), previous.count <= 2, previous.allSatisfy(\.isASCIIDigit),
                words[position + 1].allSatisfy(\.isASCIIDigit)
            else { continue }
            return previous.startIndex
        }
        return nil
    }

    /// `03/13/2008`.
    private static func isSlashDate(_ word: ByteText) -> Bool {
        let parts = word.split(separator: ASCII.slash)
        return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
            && parts[2].count == 4
    }

    /// Upper-case letters (hyphens and apostrophes allowed), two or more.
    private static func isCapitalWord(_ word: ByteText) -> Bool {
        word.count >= 2 && word.contains(where: \.isASCIIUpper)
            && word.allSatisfy { $0.isASCIIUpper || $0 == ASCII.hyphen || $0 == ASCII.apostrophe }
    }

    /// A capital then letters: `Murphy`, `LeBaron`.
    private static func isNameWord(_ word: ByteText) -> Bool {
        guard let first = word.first, first.isASCIIUpper, word.count >= 3 else { return false }
        return word.allSatisfy(\.isASCIILetter) && word.contains(where: \.isASCIILower)
    }
}
