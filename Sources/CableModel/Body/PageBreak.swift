/// A page-break line left in the text by the release: `LIMA 00000120 002.2 OF 003`.
///
/// It may stand on its own line or inside one, in any case, with or without `.2`, with one or two spaces,
/// the post name abbreviated (`BUENOS AIR`).
struct PageBreak: Equatable {
    /// The bytes to remove, the post name included.
    var range: Range<Int>
    /// The page that starts here.
    var page: Int
    /// The total the line gives (`OF 012`).
    var total: Int

    /// The page breaks in `line`, in order. `postWords` is the post named on the classification line, upper case.
    static func find(in line: ByteText, postWords: [String]) -> [PageBreak] {
        var found: [PageBreak] = []
        var index = line.startIndex
        while index < line.endIndex {
            // NB: both forms open a word with `X` or a digit; testing that first spares a call on every byte.
            let byte = line[index]
            guard byte == UInt8(ascii: "X") || byte.isASCIIDigit, index == line.startIndex || line[index - 1].isBlank
            else {
                index += 1
                continue
            }
            if let redacted = redactedBreak(line, at: index) {
                found.append(redacted)
                index = redacted.range.upperBound
                continue
            }
            guard byte.isASCIIDigit else {
                index += 1
                continue
            }
            let numberEnd = line.endOfDigits(from: index)
            if (7...9).contains(numberEnd - index), let tail = tail(line, from: numberEnd) {
                let start = postStart(line, before: index, postWords: postWords)
                found.append(PageBreak(range: start..<tail.end, page: tail.page, total: tail.total))
                index = tail.end
            } else {
                index = numberEnd
            }
        }
        return found
    }

    /// `XXXXXXXXXXXX  002 OF 002`: the release withheld the post and the number, and left the page and the total,
    /// each written with three digits as the release writes them (`told XXXXXXXXXXXX 2 of 3 ministers` is text).
    private static func redactedBreak(_ line: ByteText, at index: Int) -> PageBreak? {
        guard line[index] == UInt8(ascii: "X"), index == line.startIndex || line[index - 1].isBlank else { return nil }
        var wordEnd = index
        while wordEnd < line.endIndex, !line[wordEnd].isBlank { wordEnd += 1 }
        let pageStart = line.endOfBlanks(from: wordEnd)
        guard Redaction.isRedaction(line[index..<wordEnd]), line.endOfDigits(from: pageStart) - pageStart == 3,
            let tail = tail(line, from: wordEnd), line[..<tail.end].trimmedTrailing.suffix(4).first?.isBlank == true
        else { return nil }
        return PageBreak(range: index..<tail.end, page: tail.page, total: tail.total)
    }

    /// `  002.2 OF 012`: the page, an optional `.N`, `OF` in any case and the total.
    private static func tail(_ line: ByteText, from index: Int) -> (page: Int, total: Int, end: Int)? {
        let pageStart = line.endOfBlanks(from: index)
        guard pageStart > index else { return nil }
        var cursor = line.endOfDigits(from: pageStart)
        guard let page = line.integer(in: pageStart..<cursor), cursor - pageStart <= 3 else { return nil }
        if cursor + 1 < line.endIndex, line[cursor] == ASCII.period, line[cursor + 1].isASCIIDigit {
            cursor = line.endOfDigits(from: cursor + 1)
        }
        let ofStart = line.endOfBlanks(from: cursor)
        guard ofStart > cursor, line[ofStart...].hasPrefix(ignoringCase: "OF") else { return nil }
        let totalStart = line.endOfBlanks(from: ofStart + 2)
        let totalEnd = line.endOfDigits(from: totalStart)
        guard totalStart > ofStart + 2, let total = line.integer(in: totalStart..<totalEnd), totalEnd - totalStart <= 3,
            line.isWordEnd(totalEnd)
        else { return nil }
        return (page, total, line.endOfBlanks(from: totalEnd))
    }

    /// Walks back over the post name before the number: words of the known post, or upper-case words.
    private static func postStart(_ line: ByteText, before index: Int, postWords: [String]) -> Int {
        var start = index
        var taken = 0
        let limit = max(postWords.count, 1)
        while taken < limit {
            var wordEnd = start
            while wordEnd > line.startIndex, line[wordEnd - 1].isBlank { wordEnd -= 1 }
            var wordStart = wordEnd
            while wordStart > line.startIndex, !line[wordStart - 1].isBlank { wordStart -= 1 }
            let word = line[wordStart..<wordEnd]
            guard !word.isEmpty, word.allSatisfy(\.isASCIILetter), isPostWord(word, postWords: postWords) else { break }
            start = wordStart
            taken += 1
        }
        return start
    }

    private static func isPostWord(_ word: ByteText, postWords: [String]) -> Bool {
        if postWords.isEmpty { return word.allSatisfy(\.isASCIIUpper) }
        let upper = word.string.uppercased()
        return postWords.contains { $0 == upper || ($0.hasPrefix(upper) && upper.count >= 3) }
    }
}
