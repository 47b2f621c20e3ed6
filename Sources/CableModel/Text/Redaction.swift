/// What the release put in place of withheld text: a word of `X` only (`XXXXXXXXXXXX`, or `xxxxxxxxxxxx`).
enum Redaction {
    /// The shortest run of `X` read as a redaction.
    private static let shortest = 6

    /// Whether `word` is a redaction.
    static func isRedaction(_ word: ByteText) -> Bool {
        word.count >= shortest && word.allSatisfy { $0 == UInt8(ascii: "X") || $0 == UInt8(ascii: "x") }
    }

    /// Whether `text` holds words and every one of them is a redaction (trailing punctuation aside).
    static func isRedacted(_ text: ByteText) -> Bool {
        let words = text.words
        return !words.isEmpty
            && words.allSatisfy { isRedaction($0.last?.isASCIIAlphanumeric == false ? $0.dropLast() : $0) }
    }
}
