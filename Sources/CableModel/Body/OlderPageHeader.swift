/// The page header of the older telegrams: `PAGE 02 HARARE 06677 01 OF 03 291400Z` (the page within the section,
/// the post, the number, the section, its date-time group), often with the page's classification (`CONFIDENTIAL`)
/// ending the line or the text before it. A page break like today's; it may stand inside a line.
enum OlderPageHeader {
    /// The page header in `line`: the bytes to remove (a classification written just before it included) and the
    /// page within the section.
    static func find(in line: ByteText) -> (range: Range<Int>, page: Int)? {
        var from = line.startIndex
        while let start = line.firstIndex(ofIgnoringCase: "PAGE ", from: from) {
            from = start + 1
            guard start == line.startIndex || line[start - 1].isBlank,
                line[start..<(start + 4)].allSatisfy(\.isASCIIUpper),
                let (page, end) = fields(line, after: start + 4)
            else { continue }
            return (classificationStart(line, before: start)..<line.endOfBlanks(from: end), page)
        }
        return nil
    }

    /// `02 HARARE 06677 01 OF 03 291400Z` after `PAGE`: the page and the end of the date-time group.
    private static func fields(_ line: ByteText, after index: Int) -> (page: Int, end: Int)? {
        var words = WordCursor(line: line, at: index)
        guard let page = words.number(digits: 1...2) else { return nil }
        var postWords = 0
        while postWords < 3, words.word(where: { $0.allSatisfy(\.isASCIIUpper) }) { postWords += 1 }
        guard postWords > 0, words.number(digits: 4...6) != nil, words.number(digits: 1...2) != nil,
            words.word(where: { $0.elementsEqual("OF".utf8) }), words.number(digits: 1...2) != nil,
            words.word(where: {
                $0.count == 7 && $0.last == UInt8(ascii: "Z") && $0.dropLast().allSatisfy(\.isASCIIDigit)
            })
        else { return nil }
        return (page, words.position)
    }

    /// Back over a classification level standing just before `index` after a gap or at the line's start
    /// (`...CLAIMED.  CONFIDENTIAL PAGE 03 ...`, or a line that ends with it before the page header's line).
    static func classificationStart(_ line: ByteText, before index: Int) -> Int {
        let before = line[..<index].trimmedTrailing
        for level in ClassificationLine.levels where before.hasSuffix(level) {
            let start = before.endIndex - level.utf8.count
            if start == line.startIndex || line[line.startIndex..<start].trimmed.isEmpty
                || (start - 2 >= line.startIndex && line[start - 1].isBlank && line[start - 2].isBlank)
            {
                return line[..<start].trimmedTrailing.endIndex
            }
        }
        return index
    }

    /// Whether `line` holds only a classification level: the page's marking, on the line before its header.
    static func isClassificationOnly(_ line: ByteText) -> Bool {
        let text = line.trimmed
        return ClassificationLine.levels.contains { text.elementsEqual($0.utf8) }
    }
}

/// Reads the words of a line one by one, each checked as it is taken.
private struct WordCursor {
    let line: ByteText
    var position: Int

    init(line: ByteText, at index: Int) {
        self.line = line
        position = index
    }

    /// Takes the next word when it passes `test`.
    mutating func word(where test: (ByteText) -> Bool) -> Bool {
        let start = line.endOfBlanks(from: position)
        guard start > position || start == line.startIndex else { return false }
        var end = start
        while end < line.endIndex, !line[end].isBlank { end += 1 }
        guard end > start, test(line[start..<end]) else { return false }
        position = end
        return true
    }

    /// Takes the next word when it is a number of `digits` digits.
    mutating func number(digits: ClosedRange<Int>) -> Int? {
        var value: Int?
        let taken = word { word in
            guard digits.contains(word.count), word.allSatisfy(\.isASCIIDigit) else { return false }
            value = word.reduce(0) { $0 * 10 + $1.digitValue }
            return true
        }
        return taken ? value : nil
    }
}
