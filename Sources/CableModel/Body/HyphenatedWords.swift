/// Words broken at a line end with a hyphen (`cross-` / `border`, `govern-` / `ment`), joined again before the
/// lines are reflowed.
///
/// A compound keeps its hyphen (`cross-border`); a word split by hyphenation loses it (`government`). Which is which
/// is read from the cable and from English: the hyphen goes when the cable writes the joined word elsewhere, or when
/// the second half is an ending that is no word of its own (`ment`, `izations`) after a stem of three letters or more.
/// A hyphen that a conjunction follows belongs to a compound written once for two (`short- or long-term`): the
/// space after it stays.
enum HyphenatedWords {
    /// The fewest letters of a stem that an ending continues (`op-ed` is a compound, `govern-ment` a broken word).
    private static let shortestStem = 3

    /// Moves the second half of each broken word up to the line that holds the first half.
    static func rejoin(_ lines: inout [BodyLine]) {
        let breaks = lines.indices.dropLast().filter { isBroken(lines[$0].text, before: lines[$0 + 1].text) }
        guard !breaks.isEmpty else { return }
        let words = vocabulary(lines)
        var emptied: Set<Int> = []
        for index in breaks {
            let head = lines[index].text.trimmedTrailing
            let next = lines[index + 1].text.trimmed
            let tailEnd = next.firstIndex(where: \.isBlank) ?? next.endIndex
            let firstHalf = lastWord(of: head.dropLast())
            let secondHalf = next[..<next.endOfLetters(from: next.startIndex)]
            // NB: `short-` / `or long-term`: the line break stands for the space after the hyphen.
            if secondHalf.endIndex == tailEnd, EnglishWords.listWords.contains(secondHalf.string.lowercased()) {
                continue
            }
            let keepsHyphen = !isOneWord(firstHalf, secondHalf, words: words)
            lines[index].text = (Array(keepsHyphen ? head : head.dropLast()) + Array(next[..<tailEnd]))[...]
            lines[index + 1].text = next[tailEnd...].trimmed
            if lines[index + 1].text.isEmpty { emptied.insert(index + 1) }
        }
        // NB: a line emptied by the move goes, rather than stand as a blank line that would cut the paragraph.
        if !emptied.isEmpty { lines = lines.indices.filter { !emptied.contains($0) }.map { lines[$0] } }
    }

    /// Whether the two halves around a line-end hyphen are one word: the cable writes them joined elsewhere, or the
    /// second is an ending after a stem written in the same case (`govern-` / `ment`, `REMIND-` / `ING`).
    private static func isOneWord(_ firstHalf: ByteText, _ secondHalf: ByteText, words: Set<[UInt8]>) -> Bool {
        if words.contains((Array(firstHalf) + Array(secondHalf)).map(\.asciiLowercased)) { return true }
        guard firstHalf.count >= shortestStem, let last = firstHalf.last, let first = secondHalf.first,
            last.isASCIILower == first.isASCIILower
        else { return false }
        return EnglishWords.isWordEnding(secondHalf.string)
    }

    /// `...cross-` above `border ...`: a letter, a hyphen at the end, and a word opening the next line.
    private static func isBroken(_ line: ByteText, before next: ByteText) -> Bool {
        let text = line.trimmedTrailing
        guard text.count >= 3, text.last == ASCII.hyphen, text[text.endIndex - 2].isASCIILetter else { return false }
        let following = next.trimmed
        return following.first?.isASCIILetter == true
    }

    /// The run of letters that ends `text`.
    private static func lastWord(of text: ByteText) -> ByteText {
        var start = text.endIndex
        while start > text.startIndex, text[start - 1].isASCIILetter { start -= 1 }
        return text[start...]
    }

    /// Every run of letters in the lines, lower-cased.
    private static func vocabulary(_ lines: [BodyLine]) -> Set<[UInt8]> {
        var words: Set<[UInt8]> = []
        for line in lines {
            var word: [UInt8] = []
            for byte in line.text {
                if byte.isASCIILetter {
                    word.append(byte.asciiLowercased)
                } else if !word.isEmpty {
                    words.insert(word)
                    word.removeAll(keepingCapacity: true)
                }
            }
            if !word.isEmpty { words.insert(word) }
        }
        return words
    }
}

extension UInt8 {
    /// The lower-case form of an ASCII letter; other bytes unchanged.
    var asciiLowercased: UInt8 { isASCIIUpper ? self + 0x20 : self }
}
