/// A field's text cut into tokens, with the lower-case form of every word, for the figure extractor's rules.
struct TokenizedText: Sendable {
    /// The field's UTF-8 bytes.
    let bytes: [UInt8]
    /// The tokens in order.
    let tokens: [TextToken]
    /// The lower-case form of each word token (empty for numbers and symbols).
    let lowered: [String]

    init(_ text: String) {
        let bytes = Array(text.utf8)
        let tokens = TextTokenizer.tokens(of: bytes)
        self.bytes = bytes
        self.tokens = tokens
        lowered = tokens.map { token in
            guard token.kind == .word else { return "" }
            return TokenizedText.lowercased(bytes[token.start..<token.end])
        }
    }

    var count: Int { tokens.count }

    /// The token's bytes.
    func bytes(of index: Int) -> ArraySlice<UInt8> { bytes[tokens[index].start..<tokens[index].end] }

    /// The token as written.
    func text(of index: Int) -> String { String(decoding: bytes(of: index), as: UTF8.self) }

    /// The text from the start of token `first` to the end of token `last`, as written.
    func text(from first: Int, through last: Int) -> String {
        String(decoding: bytes[tokens[first].start..<tokens[last].end], as: UTF8.self)
    }

    /// The text from token `first` to token `last` on one line: every run of whitespace becomes one space.
    func oneLineText(from first: Int, through last: Int) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(tokens[last].end - tokens[first].start)
        var previousWasSpace = false
        for byte in bytes[tokens[first].start..<tokens[last].end] {
            let isSpace =
                byte == ASCII.space || byte == ASCII.tab || byte == ASCII.newline || byte == ASCII.carriageReturn
            if isSpace {
                if !previousWasSpace { output.append(ASCII.space) }
            } else {
                output.append(byte)
            }
            previousWasSpace = isSpace
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether token `index` exists and is the word `word` (given in lower case).
    func isWord(_ index: Int, _ word: String) -> Bool {
        index >= 0 && index < tokens.count && lowered[index] == word
    }

    /// Whether token `index` exists and is one of `words` (given in lower case).
    func isWord(_ index: Int, in words: Set<String>) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .word && words.contains(lowered[index])
    }

    /// Whether token `index` exists and is the one-byte symbol `symbol`.
    func isSymbol(_ index: Int, _ symbol: UInt8) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .symbol else { return false }
        return tokens[index].end - tokens[index].start == 1 && bytes[tokens[index].start] == symbol
    }

    /// Whether token `index` is a hyphen or a dash that joins ranges (`-`, `–`, `—`).
    func isDash(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .symbol else { return false }
        let token = tokens[index]
        if token.end - token.start == 1 { return bytes[token.start] == ASCII.hyphen }
        return token.end - token.start == 3 && bytes[token.start] == 0xE2 && bytes[token.start + 1] == 0x80
            && (bytes[token.start + 2] == 0x93 || bytes[token.start + 2] == 0x94)
    }

    /// Whether token `index` is a word whose first letter is upper case.
    func isCapitalized(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
        return bytes[tokens[index].start].isASCIIUpper
    }

    /// Whether token `index` is a word written wholly in capitals (at least two letters).
    func isAllCaps(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
        var letters = 0
        for byte in bytes(of: index) {
            if byte.isASCIILower { return false }
            if byte.isASCIIUpper { letters += 1 }
        }
        return letters >= 2
    }

    /// Whether token `index` is glued to the token before it (no whitespace between).
    func isGlued(_ index: Int) -> Bool { index > 0 && index < tokens.count && !tokens[index].spaceBefore }

    private static func lowercased(_ slice: ArraySlice<UInt8>) -> String {
        var needsLowering = false
        for byte in slice where byte.isASCIIUpper {
            needsLowering = true
            break
        }
        guard needsLowering else { return String(decoding: slice, as: UTF8.self) }
        return String(decoding: slice.map { $0.isASCIIUpper ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
}
