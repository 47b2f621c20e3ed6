/// Reads a `Classified By` line into the officer's title, name and reasons.
///
/// `DCM Jane Roe for reasons 1.4 (b) and (d).`, `AMBASSADOR JOHN DOE. REASONS: 1.5 (B) AND (D)`,
/// `Jane Roe, Ambassador. REASON: 1.4 (b), (d)`, `Amb. J.R. Doe; reasons: 1.5 (b,d)`, `CDA JOHN DOE PER 1.4 (B)`.
enum AuthorityReader {
    /// The authority written in `text` (the field's value, its lines joined).
    static func read(_ text: String) -> ClassificationAuthority {
        var words = rejoined(text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init))
        if words.count >= 2, words[0].uppercased() == "CLASSIFIED", words[1].uppercased().hasPrefix("BY") {
            words.removeFirst(2)
        }
        let reasonsStart = reasonsStart(in: words)
        let reasons = reasonsStart.map { cleanedReasons(Array(words[$0...])) } ?? nil
        let officerEnd = reasonsStart.map { $0 - reasonKeywordLength(words, before: $0) } ?? words.count
        var officer = Array(words[..<officerEnd])
        while let last = officer.last, ["FOR", "PER", "BY"].contains(last.uppercased().trimmingMarks) {
            officer.removeLast()
        }
        let (title, name) = titleAndName(officer)
        return ClassificationAuthority(title: title, name: name, reasons: reasons)
    }

    /// Where the reasons start: after `REASON(S)`, else at the first `1.4`-shaped number.
    private static func reasonsStart(in words: [String]) -> Int? {
        if let keyword = words.firstIndex(where: { $0.uppercased().trimmingMarks.hasPrefix("REASON") }) {
            return keyword + 1 < words.count ? keyword + 1 : nil
        }
        return words.firstIndex { word in
            let bytes = Array(word.utf8)
            return bytes.count >= 3 && bytes[0].isASCIIDigit && bytes[1] == ASCII.period && bytes[2].isASCIIDigit
        }
    }

    /// How many words before the reasons belong to their keyword (`for reasons`, `REASON:`, `per`).
    private static func reasonKeywordLength(_ words: [String], before start: Int) -> Int {
        start > 0 && words[start - 1].uppercased().trimmingMarks.hasPrefix("REASON") ? 1 : 0
    }

    /// The reasons up to the word that ends them with a full stop; a space left before a closing parenthesis by
    /// a line break (`(B ) and (D)`) is dropped.
    private static func cleanedReasons(_ words: [String]) -> String? {
        var kept: [String] = []
        for word in words {
            kept.append(word)
            // NB: `E.O.` and `1.4.` hold a stop of their own; they end no sentence.
            if word.hasSuffix("."), word.count > 1, !word.dropLast().contains(".") { break }
        }
        var text = kept.joined(separator: " ").replacingAll(" )", with: ")").replacingAll("( ", with: "(")
        while let last = text.last, last == "." || last == " " || last == "," || last == ";" { text.removeLast() }
        return text.isEmpty ? nil : text
    }

    /// `a` + `nd`, `REAS` + `ONS`: pieces of a word a line end broke, joined again; so is a section number
    /// written with a space (`1. 4` is `1.4`).
    private static func rejoined(_ words: [String]) -> [String] {
        var joined: [String] = []
        for word in words {
            if let last = joined.last,
                splitsSectionNumber(last, word)
                    || (!EnglishWords.classificationReasonWords.contains(word.lowercased().trimmingMarks)
                        && EnglishWords.classificationReasonWords.contains((last + word).lowercased().trimmingMarks))
            {
                joined[joined.count - 1] = last + word
            } else {
                joined.append(word)
            }
        }
        return joined
    }

    /// `1.` then `4` or `4(b)`: one section number of the order that a space cut.
    private static func splitsSectionNumber(_ first: String, _ second: String) -> Bool {
        let head = Array(first.utf8)
        guard head.count == 2, head[0].isASCIIDigit, head[1] == ASCII.period else { return false }
        return second.utf8.first?.isASCIIDigit == true
    }

    /// `DCM Jane Roe` gives `DCM` and `Jane Roe`; `Jane Roe, Ambassador` gives `Ambassador` and `Jane Roe`. The name
    /// is the run of words after the last title word, at most four.
    private static func titleAndName(_ officer: [String]) -> (title: String?, name: String?) {
        let text = trimmedEnd(officer.joined(separator: " "))
        guard !text.isEmpty else { return (nil, nil) }
        if let comma = text.firstIndex(of: ","), let first = text[..<comma].split(separator: " ").first,
            !isTitleWord(String(first))
        {
            let title = trimmedEnd(String(text[text.index(after: comma)...]))
            return (title.isEmpty ? nil : title, String(text[..<comma]))
        }
        let words = text.split(separator: " ").map(String.init)
        var split = words.count
        while split > 0, words.count - split < 4, !isTitleWord(words[split - 1]) { split -= 1 }
        let title = trimmedEnd(words[..<split].joined(separator: " "))
        let name = trimmedEnd(words[split...].joined(separator: " "))
        return (title.isEmpty ? nil : title, name.isEmpty ? nil : name)
    }

    /// Without spaces and `,;:` at either end, nor a full stop after a whole word (`Ambassador.`, `DOE.`); the stop
    /// of an initial or an abbreviation stays (`B.`, `a.i.`, `W.R.`, `Amb.`).
    private static func trimmedEnd(_ text: String) -> String {
        var trimmed = text.trimmingCharacters(" ,;:")
        if trimmed.hasSuffix("."), let last = trimmed.split(separator: " ").last, last.count > 2,
            !last.dropLast().contains("."), !EnglishWords.officeTitleWords.contains(last.lowercased())
        {
            trimmed = String(trimmed.dropLast()).trimmingCharacters(" ,;:")
        }
        return trimmed
    }

    private static func isTitleWord(_ word: String) -> Bool {
        let lower = word.lowercased()
        return [lower, lower.trimmingCharacters(",;:"), lower.trimmingMarks].contains {
            EnglishWords.officeTitleWords.contains($0)
        }
    }
}

extension String {
    /// The string without trailing periods, commas, colons and semicolons.
    var trimmingMarks: String {
        var text = Substring(self)
        while let last = text.last, last == "." || last == "," || last == ":" || last == ";" { text = text.dropLast() }
        return String(text)
    }

    /// The string without these characters at either end.
    func trimmingCharacters(_ characters: String) -> String {
        // NB: moves two indices inward; reversing the string twice built it again character by character.
        var start = startIndex
        var end = endIndex
        while start < end, characters.contains(self[start]) { start = index(after: start) }
        while end > start, characters.contains(self[index(before: end)]) { end = index(before: end) }
        return String(self[start..<end])
    }
}
