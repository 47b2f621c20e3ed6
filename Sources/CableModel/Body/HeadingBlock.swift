/// Whether a block of the body is a heading, and its text.
///
/// A heading is a short block that is no sentence: a line in capitals (or two, wrapped), one to three lines
/// underlined or framed with dashes, or a title-cased line that asks (`What Would the New Law Change?`) or
/// announces (`Action Requested:`). Runs of dashes or stars beside its words are decoration, not its text.
enum HeadingBlock {
    /// The longest line a heading has.
    private static let longestLine = 80
    /// The longest line of a heading in capitals wrapped over two lines without a frame.
    private static let wrappedLine = 60
    /// The most words a title ending in `:` has.
    private static let titleWords = 8

    /// The heading's text, lines joined with a space, or nil when the block is text.
    static func text(of block: RawBlock) -> String? {
        let lines = block.lines.map { withoutDecoration($0.trimmed) }
        guard (1...3).contains(lines.count), lines.allSatisfy({ (2...longestLine).contains($0.count) }),
            !lines[0].hasPrefix(ignoringCase: "END "), lines.allSatisfy(hasLetters)
        else { return nil }
        let last = lines[lines.count - 1]
        let isSentence = lines.contains { SentenceEnd.isComplete($0) }
        let isHeading: Bool
        if block.isDecorated {
            // NB: a framed title in capitals may end in a period or an ellipsis (`FUEL RUNS SHORT...`).
            isHeading = !isSentence || isTitle(last, lines: lines) || lines.allSatisfy(isCapitals)
        } else if lines.count == 1 || (lines.count == 2 && lines.allSatisfy { $0.count <= wrappedLine }), !isSentence {
            isHeading = lines.allSatisfy(isCapitals) || (lines.count == 1 && isSectionTitle(lines[0]))
        } else {
            isHeading = lines.count == 1 && isTitle(last, lines: lines)
        }
        return isHeading ? lines.map(\.string).joined(separator: " ") : nil
    }

    /// A title-cased line that ends in `?`, or in `:` with few words: a question or a label standing alone.
    private static func isTitle(_ line: ByteText, lines: [ByteText]) -> Bool {
        guard lines.count == 1, let end = line.last else { return false }
        let words = line.words
        if end == ASCII.colon, words.count > titleWords { return false }
        guard end == ASCII.question || end == ASCII.colon else { return false }
        return isTitleCased(line)
    }

    /// The text of a one-line block that a paragraph redacted whole stands before, when it reads as a title: framed
    /// or underlined with dashes (`----- Hope to see the fleet -----`), or title-cased (`Extending Our Hand...`).
    ///
    /// NB: a redacted paragraph has no sentence left open for the line to continue, so a title there is a heading
    /// even where it ends in an ellipsis or is not in capitals.
    static func title(of block: RawBlock) -> String? {
        guard block.lines.count == 1, block.marker == nil else { return nil }
        let line = block.lines[0].trimmed
        let text = withoutDecoration(line)
        guard (2...longestLine).contains(text.count), hasLetters(text),
            block.isDecorated || text.count < line.count || isTitleCased(text)
        else { return nil }
        return text.string
    }

    /// Whether every word of four letters or more opens with a capital, the first word too (`Measures to Address the
    /// Deceleration`).
    static func isTitleCased(_ line: ByteText) -> Bool {
        let words = line.words
        return words.first?.first?.isASCIIUpper == true
            && words.allSatisfy { $0.filter(\.isASCIILetter).count < 4 || $0.first?.isASCIIUpper == true }
    }

    /// A line of the words that name a cable's own sections, capitalised (`Summary`, `Summary and Comment`).
    private static func isSectionTitle(_ line: ByteText) -> Bool {
        let words = line.words.map { $0.string.lowercased() }
        return line.first?.isASCIIUpper == true && words.contains { EnglishWords.cableSectionWords.contains($0) }
            && words.allSatisfy {
                EnglishWords.cableSectionWords.contains($0) || EnglishWords.listConjunctions.contains($0)
            }
    }

    /// A short title-cased line that ends no sentence: a title standing over a list.
    static func isListTitle(_ line: ByteText) -> Bool {
        (2...titleWords).contains(line.words.count) && line.count <= longestLine && !SentenceEnd.isComplete(line)
            && isTitleCased(line)
    }

    /// Letters, three at least, none lower case, not a redaction (`XXXXXXXX`).
    static func isCapitals(_ line: ByteText) -> Bool {
        let letters = line.filter(\.isASCIILetter)
        return letters.count >= 3 && !letters.contains(where: \.isASCIILower)
            && !letters.allSatisfy { $0 == UInt8(ascii: "X") }
    }

    private static func hasLetters(_ line: ByteText) -> Bool { line.contains(where: \.isASCIILetter) }

    /// The line without runs of dashes, equals signs, underscores or stars at its ends.
    static func withoutDecoration(_ line: ByteText) -> ByteText {
        var text = line
        while let first = text.first, isDecorationByte(first) || first.isBlank { text = text.dropFirst() }
        while let last = text.last, isDecorationByte(last) || last.isBlank { text = text.dropLast() }
        // NB: a dash or star that opens a list entry (`- item`) is the author's; only runs of two or more go.
        return line.count - text.count >= 2 || text.count == line.count ? text : line
    }

    private static func isDecorationByte(_ byte: UInt8) -> Bool {
        byte == ASCII.hyphen || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "*")
    }
}
