/// Lines that show a cable's envelope has given way to its header or body: a start after them begins a new cable,
/// while a start with only envelope lines above it repeats the same envelope.
enum BodyEvidence {
    /// `TAGS: PGOV`, `SUBJECT: ...`, `UNCLAS SECTION 01 OF 05 KABUL 003934`: a line of a header below the envelope,
    /// which a repeated envelope does not hold.
    static func isHeaderField(_ line: ByteText) -> Bool {
        let text = line.trimmed
        guard let first = text.first, first.isASCIIUpper || first.isASCIILower else { return false }
        if text.hasPrefix(ignoringCase: "TAGS") || text.hasPrefix(ignoringCase: "SUBJECT") { return true }
        return classificationNumber(text) != nil
    }

    /// The cable's number, where `line` is a classification line (`UNCLAS SECTION 01 OF 05 KABUL 003934`).
    static func classificationNumber(_ line: ByteText) -> Int? {
        let text = line.trimmed
        // NB: a classification line ends with the cable's number; checking that first keeps the full reading rare.
        guard text.count <= 120, let last = text.last, last.isASCIIDigit, ClassificationLine.mightStandIn(text) else {
            return nil
        }
        return ClassificationLine(text.string)?.number
    }

    /// A line of body text, not of an envelope or header: at least 40 characters and six words, in mixed case, or in
    /// capitals with eight words of letters, three of them short (older cables are typed in capitals; a routing
    /// line's station codes are long).
    static func isProse(_ line: ByteText) -> Bool {
        let text = line.trimmed
        guard text.count >= 40, !text.hasPrefix(ignoringCase: "Classified By") else { return false }
        var lower = false
        var blanks = 0
        var letterWords = 0
        var shortWords = 0
        var wordLength = 0
        var wordIsLetters = true
        for byte in text {
            if byte.isBlank {
                blanks += 1
                if wordLength > 0, wordIsLetters {
                    letterWords += 1
                    if wordLength <= 3 { shortWords += 1 }
                }
                wordLength = 0
                wordIsLetters = true
                continue
            }
            if byte.isASCIILower { lower = true }
            wordLength += 1
            if !byte.isASCIIUpper, byte != ASCII.comma { wordIsLetters = false }
        }
        return lower ? blanks >= 5 : letterWords >= 8 && shortWords >= 3
    }
}
