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

    /// `subject` and `line` joined: with a space, or without one after a word broken at a hyphen.
    static func joined(_ subject: String, _ line: String) -> String {
        guard subject.hasSuffix("-"), let first = line.first, first.isLetter,
            let last = subject.dropLast().last, last.isLetter
        else { return subject + " " + line }
        let next = line.prefix(while: { $0.isLetter }).uppercased()
        let isSuffix = HeaderWords.suffixes.contains {
            next == $0 || (next.hasPrefix($0) && next.count <= $0.count + 1)
        }
        return (isSuffix ? String(subject.dropLast()) : subject) + line
    }

    /// The subject without HTML references, line-end backslashes or runs of spaces.
    static func cleaned(_ subject: String) -> String {
        let words = HTMLEntities.decoded(subject).split(whereSeparator: { $0 == " " || $0 == "\t" })
        return words.filter { $0 != "\\" }.joined(separator: " ")
    }
}
