/// Turns a block's lines into paragraph text: hard-wrapped lines reflowed, tables and lists kept line by line,
/// and the conversion's stray `¶` removed.
enum BlockText {
    /// The text of `block` from `start` (past its marker) onwards.
    static func text(of block: RawBlock, from start: Int? = nil) -> [UInt8] {
        let lines = block.lines.enumerated().map { position, line in
            position == 0 ? line[min(max(start ?? line.startIndex, line.startIndex), line.endIndex)...] : line
        }
        let join = LineJoin(lines)
        var output: [UInt8] = []
        var previous: ByteText = [][...]
        for line in lines {
            let trimmed = line.trimmed
            if trimmed.isEmpty { continue }
            let keepsBreak = !output.isEmpty && join.keepsBreak(after: previous, before: trimmed)
            if !output.isEmpty { output.append(keepsBreak ? ASCII.newline : ASCII.space) }
            // NB: a table's rows keep their indentation; a continuation joined into a line does not.
            output += join.isTable && (keepsBreak || output.isEmpty) ? line.trimmedTrailing : trimmed
            previous = trimmed
        }
        return removingStrayPilcrows(output)
    }

    /// A `¶` inside text that stands before a letter or digit is the web conversion's mark for a number or
    /// letter that began a line (`in ¶2009.`); the number or letter is the author's, the mark is not.
    static func removingStrayPilcrows(_ text: [UInt8]) -> [UInt8] {
        guard text.count >= 3, text.contains(0xC2) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            if index + 2 < text.count, text[index] == 0xC2, text[index + 1] == 0xB6, text[index + 2].isASCIIAlphanumeric
            {
                index += 2
                continue
            }
            output.append(text[index])
            index += 1
        }
        return output
    }

    /// `12006. The Commission`: a leading `1` that stands for `¶` before a year that ends a sentence.
    static func removingLeadingOneBeforeYear(_ text: [UInt8]) -> [UInt8] {
        guard text.count >= 6, text[0] == UInt8(ascii: "1"), text[1...4].allSatisfy(\.isASCIIDigit),
            text[5] == ASCII.period || text[5] == ASCII.comma
        else { return text }
        let year = text[1...4].reduce(0) { $0 * 10 + $1.digitValue }
        guard (1900...2099).contains(year) else { return text }
        return Array(text.dropFirst())
    }

    /// `...trafficked into? -`: a stray dash after a question.
    static func removingTrailingDash(_ text: [UInt8]) -> [UInt8] {
        let trimmed = text[...].trimmedTrailing
        guard trimmed.count >= 3, trimmed.last == ASCII.hyphen, trimmed[trimmed.endIndex - 2].isBlank else {
            return text
        }
        let before = trimmed[..<(trimmed.endIndex - 1)].trimmedTrailing
        guard let last = before.last, last == ASCII.question || last == ASCII.period || last == ASCII.colon else {
            return text
        }
        return Array(before)
    }
}
