/// Numbers inside a short quoted title are part of the title: `the "List of 20"`, `"Group of Eight"`.
enum QuotedTitles {
    /// The longest quotation (in tokens) still read as a title.
    static let longestTitle = 10

    /// Marks the numbers inside quoted titles of the sentence.
    static func mark(_ text: TokenizedText, in sentence: Range<Int>, into marked: inout [Bool]) {
        var open: Int?
        for index in sentence {
            guard isQuote(text, index) else { continue }
            if let start = open, !isOpening(text, index) || text.isSymbol(index, ASCII.quote) {
                if index - start <= longestTitle, text.isCapitalized(start + 1) {
                    for inside in (start + 1)..<index
                    where text.tokens[inside].kind == .number || NumberWordTable.startsNumber(text.lowered[inside]) {
                        marked[inside] = true
                    }
                }
                open = nil
            } else {
                open = index
            }
        }
    }

    private static func isQuote(_ text: TokenizedText, _ index: Int) -> Bool {
        if text.isSymbol(index, ASCII.quote) { return true }
        guard text.tokens[index].kind == .symbol else { return false }
        let bytes = text.bytes(of: index)
        return bytes.count == 3 && bytes.first == 0xE2 && bytes[bytes.startIndex + 1] == 0x80
            && (bytes.last == 0x9C || bytes.last == 0x9D)
    }

    /// A curly opening quote (`“`); straight quotes open and close by turns.
    private static func isOpening(_ text: TokenizedText, _ index: Int) -> Bool {
        text.bytes(of: index).last == 0x9C
    }
}
