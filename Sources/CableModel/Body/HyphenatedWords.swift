/// Words broken at a line end with a hyphen (`cross-` / `border`, `govern-` / `ment`), joined again before the
/// lines are reflowed.
///
/// A compound keeps its hyphen (`cross-border`); a word split by hyphenation loses it (`government`). Which is which
/// is read from the cable itself: the hyphen goes when the cable writes the joined word elsewhere.
enum HyphenatedWords {
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
            let joined = (Array(firstHalf) + Array(secondHalf)).map(\.asciiLowercased)
            let keepsHyphen = !words.contains(joined)
            lines[index].text = (Array(keepsHyphen ? head : head.dropLast()) + Array(next[..<tailEnd]))[...]
            lines[index + 1].text = next[tailEnd...].trimmed
            if lines[index + 1].text.isEmpty { emptied.insert(index + 1) }
        }
        // NB: a line emptied by the move goes, rather than stand as a blank line that would cut the paragraph.
        if !emptied.isEmpty { lines = lines.indices.filter { !emptied.contains($0) }.map { lines[$0] } }
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
