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

    /// A line made only of dashes, underscores, equals signs or asterisks: decoration under or around a heading.
    static func isDecoration(_ text: ByteText) -> Bool {
        let trimmed = text.trimmed
        guard trimmed.count >= 3 else { return false }
        return trimmed.allSatisfy {
            $0 == ASCII.hyphen || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: "*")
                || $0.isBlank
        }
    }
}
