/// The rules of the SUBJECT field's text: which lines continue it, how wrapped lines join, and its cleaning.
enum SubjectText {
    /// Whether `line` continues the subject whose first line is `start`: text, not a rule of dashes, not a classification marking,
    /// and written as the subject is (a subject in capitals continues in capitals; one in mixed case continues
    /// in lower case or, without a full stop, on a short line).
    static func continues(_ start: String, with line: String) -> Bool {
        guard line.contains(where: \.isLetter), ClassificationLine(line) == nil || line.count > 40 else { return false }
        if start.isMostlyCapitals { return line.isMostlyCapitals }
        guard let first = line.first else { return false }
        return first.isLowercase || (!line.hasSuffix(".") && line.count <= 60)
    }

    /// The subject's lines joined: with a space, or without one after a word broken at a hyphen.
    static func joined(_ lines: [String]) -> String {
        var subject = ""
        for line in lines where !line.isEmpty {
            if subject.isEmpty {
                subject = line
            } else if brokenWord(before: subject, continuedBy: line) {
                if EnglishWords.wordEndings.contains(where: { startsWithSuffix(line, $0) }) { subject.removeLast() }
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

    /// Whether `line` opens with the ending `suffix` (`MENT'S`, `ICE`): the suffix, at most one more letter.
    private static func startsWithSuffix(_ line: String, _ suffix: String) -> Bool {
        let next = line.prefix(while: { $0.isLetter }).lowercased()
        return next == suffix || (next.hasPrefix(suffix) && next.count <= suffix.count + 1)
    }

    /// The subject without HTML references, line-end backslashes or runs of spaces.
    static func cleaned(_ subject: String) -> String {
        let words = HTMLEntities.decoded(subject).split(whereSeparator: { $0 == " " || $0 == "\t" })
        return words.filter { $0 != "\\" }.joined(separator: " ")
    }
}
