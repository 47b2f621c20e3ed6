/// The rules of the SUBJECT field's text: which lines continue it, how wrapped lines join, and its cleaning.
enum SubjectText {
    /// Whether `line` continues the subject whose first line is `start`: text, not a rule of dashes, not a classification marking,
    /// and written as the subject is (a subject in capitals continues in capitals; one in mixed case continues
    /// in lower case or, without a full stop, on a short line). A short line of figures alone (`2010`, `99423 THRU` /
    /// `99487`) is the subject's last words, which the line's width sent below.
    static func continues(_ start: String, with line: String) -> Bool {
        if isFiguresOnly(line) { return true }
        guard line.contains(where: \.isLetter), ClassificationLine(line) == nil || line.count > 40 else { return false }
        if start.isMostlyCapitals { return line.isMostlyCapitals }
        guard let first = line.first else { return false }
        return first.isLowercase || (!line.hasSuffix(".") && line.count <= 60)
    }

    /// Digits, with the marks of dates and ranges, on a short line: no paragraph's text.
    private static func isFiguresOnly(_ line: String) -> Bool {
        line.count <= 24 && line.contains(where: \.isWholeNumber)
            && line.allSatisfy { $0.isWholeNumber || " -/.,".contains($0) }
    }

    /// The subject's lines joined: with a space, or without one after a word broken at a hyphen.
    static func joined(_ lines: [String]) -> String {
        var subject = ""
        for line in lines where !line.isEmpty {
            if subject.isEmpty {
                subject = line
            } else if brokenWord(before: subject, continuedBy: line) {
                if EnglishWords.isWordEnding(String(line.prefix(while: \.isLetter))) { subject.removeLast() }
                subject += line
            } else {
                subject += " " + line
            }
        }
        return subject
    }

    /// `COUNTER-` / `TERRORISM`: a letter, a hyphen at the end of the line, a letter opening the next.
    private static func brokenWord(before subject: String, continuedBy line: String) -> Bool {
        guard subject.hasSuffix("-"), let first = line.first, first.isLetter else { return false }
        return subject.dropLast().last?.isLetter == true
    }

    /// The subject without HTML references, line-end backslashes or runs of spaces.
    static func cleaned(_ subject: String) -> String {
        let words = HTMLEntities.decoded(subject).split(whereSeparator: { $0 == " " || $0 == "\t" })
        return words.filter { $0 != "\\" }.joined(separator: " ")
    }
}
