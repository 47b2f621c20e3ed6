/// Walks a list of reference numbers: `241 (kidnapping), 243 (recruitment for exploitation), and 250`,
/// `124-127`, `5(a)`, `26 B`.
enum ReferenceList {
    /// The token after a reference number's attachments: glued brackets (`127(1)`), a following letter (`26 B`),
    /// a bracketed name (`(kidnapping)`).
    static func skipAttachments(_ text: TokenizedText, after number: Int, in sentence: Range<Int>) -> Int {
        var cursor = number + 1
        while cursor < sentence.upperBound, text.isGlued(cursor), !text.isSymbol(cursor, ASCII.comma),
            !text.isSymbol(cursor, ASCII.period) || (cursor + 1 < sentence.upperBound && text.isGlued(cursor + 1)),
            !text.isSymbol(cursor, ASCII.semicolon), !text.isSymbol(cursor, ASCII.colon), !text.isDash(cursor)
        {
            cursor += 1
        }
        if cursor < sentence.upperBound, text.tokens[cursor].kind == .word,
            text.tokens[cursor].end - text.tokens[cursor].start == 1,
            text.isCapitalized(cursor)
        {
            cursor += 1
        }
        if text.isSymbol(cursor, ASCII.openParen), let close = closingBracket(text, from: cursor, in: sentence) {
            cursor = close + 1
        }
        return cursor
    }

    /// The token of the next number in the list after a connector (`,`, `and`, `or`, `-`, `to`, `through`), or nil.
    static func nextItem(_ text: TokenizedText, at index: Int, in sentence: Range<Int>) -> Int? {
        var cursor = index
        var connected = false
        while cursor < sentence.upperBound,
            text.isSymbol(cursor, ASCII.comma) || text.isDash(cursor) || text.isSymbol(cursor, UInt8(ascii: "&"))
                || text.isWord(cursor, in: EnglishWords.listWords)
        {
            connected = true
            cursor += 1
        }
        guard connected, cursor < sentence.upperBound, text.tokens[cursor].kind == .number else { return nil }
        return cursor
    }

    /// The `)` that closes the bracket at `open`, within the sentence and a dozen words.
    static func closingBracket(_ text: TokenizedText, from open: Int, in sentence: Range<Int>) -> Int? {
        var cursor = open + 1
        while cursor < min(sentence.upperBound, open + 16) {
            if text.isSymbol(cursor, ASCII.closeParen) { return cursor }
            if text.isSymbol(cursor, ASCII.openParen) { return nil }
            cursor += 1
        }
        return nil
    }
}
