/// Whether a stretch of text ends a sentence, for re-joining text that a blank line or page break cut.
enum SentenceEnd {
    /// Closing quotes and brackets that may follow the final punctuation.
    private static let closers: [[UInt8]] = [
        [ASCII.quote], [ASCII.apostrophe], [ASCII.closeParen], [ASCII.closeBracket],
        [0xE2, 0x80, 0x9D], [0xE2, 0x80, 0x99], [0xC2, 0xBB],
    ]

    /// The text ends with `.`, `?`, `!`, `:` or `;`, perhaps followed by closing quotes or brackets.
    static func isComplete(_ text: ByteText) -> Bool {
        var end = text.trimmedTrailing.endIndex
        let start = text.startIndex
        var stripped = true
        while stripped, end > start {
            stripped = false
            for closer in closers
            where end - start >= closer.count && text[(end - closer.count)..<end].elementsEqual(closer) {
                end -= closer.count
                stripped = true
                break
            }
        }
        guard end > start else { return false }
        return [ASCII.period, ASCII.question, ASCII.exclamation, ASCII.colon, ASCII.semicolon].contains(text[end - 1])
    }

    /// A line made only of dashes (ASCII, or two em or en dashes at least), underscores, equals signs or asterisks:
    /// decoration under or around a heading.
    static func isDecoration(_ text: ByteText) -> Bool {
        let trimmed = text.trimmed
        guard trimmed.count >= 3 else { return false }
        var index = trimmed.startIndex
        var wideDashes = 0
        while index < trimmed.endIndex {
            let byte = trimmed[index]
            if byte == ASCII.hyphen || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "=")
                || byte == UInt8(ascii: "*")
                || byte.isBlank
            {
                index += 1
                continue
            }
            // NB: an underline of em or en dashes (`——`, U+2014, U+2013, U+2015) decorates as ASCII dashes do.
            guard index + 2 < trimmed.endIndex, byte == 0xE2, trimmed[index + 1] == 0x80,
                (0x93...0x95).contains(trimmed[index + 2])
            else { return false }
            wideDashes += 1
            index += 3
        }
        return wideDashes == 0 || wideDashes >= 2
    }
}
