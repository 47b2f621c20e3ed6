extension AuthorityReader {
    /// How long a line naming the reasons after the rest of the officer's words may be (`Department of State.
    /// REASON: 1.4 (b), (d)`); a longer one is a paragraph.
    private static let continuationLength = 100

    /// Whether `line`, below the `Classified By` field whose text is `authority` (perhaps after a blank line), gives
    /// the reasons that field left open: its reasons are missing or end with a comma, and the line opens with them
    /// (`1.4 (b) and (d).`, `reasons 1.4 (b)`, `REASON: 1.4 (b), (d)`, `(C), (D)`), or, after a comma, it is a
    /// short line that names them (`Department of State. REASON: 1.4 (b), (d)`).
    static func continues(_ authority: String, with line: String) -> Bool {
        let endsWithComma = authority.trimmingCharacters(" ").hasSuffix(",")
        guard endsWithComma || read(authority).reasons == nil else { return false }
        if opensWithReasons(line) { return true }
        let bytes = Array(line.utf8)[...]
        guard endsWithComma, bytes.count <= continuationLength, let keyword = bytes.firstIndex(ofIgnoringCase: "REASON")
        else { return false }
        return opensWithReasons(bytes[keyword...].string)
    }

    /// The authority's own line with the first word of its label left above or lost (`BY: Jane Roe, Ambassador.
    /// REASON: 1.4 (b), (d)`): its text after `BY:`, or nil.
    static func labelledByAlone(_ line: String) -> String? {
        let bytes = Array(line.utf8)[...]
        guard bytes.hasPrefix(ignoringCase: "BY:"), bytes.firstIndex(ofIgnoringCase: "REASON") != nil else {
            return nil
        }
        return bytes.dropFirst(3).trimmed.string
    }

    /// `1.4 (b)`, `reasons 1.4 (b)`, `REASON: 1.4`: a section number of the order first; or the reasons' letters
    /// alone (`(C), (D)`, `, (D)`).
    private static func opensWithReasons(_ line: String) -> Bool {
        var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if let first = words.first, first.uppercased().trimmingMarks.hasPrefix("REASON") { words.removeFirst() }
        guard let first = words.first else { return false }
        let head = Array(first.utf8)
        if head.count >= 3, head[0].isASCIIDigit, head[1] == ASCII.period, head[2].isASCIIDigit { return true }
        return words.allSatisfy(isReasonLetters)
    }

    /// `(C),`, `(d).`, `and`, `&`, `,`: a word of a list of the order's reason letters.
    private static func isReasonLetters(_ word: String) -> Bool {
        let bare = word.trimmingCharacters(",;.")
        if bare.isEmpty || bare == "&" || bare.lowercased() == "and" { return true }
        let bytes = Array(bare.utf8)
        return bytes.count == 3 && bytes[0] == UInt8(ascii: "(") && bytes[2] == UInt8(ascii: ")")
            && (UInt8(ascii: "a")...UInt8(ascii: "h")).contains(bytes[1] | 0x20)
    }
}
