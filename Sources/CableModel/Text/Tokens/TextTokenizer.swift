/// Cuts a field's UTF-8 bytes into words, numbers and symbols.
enum TextTokenizer {
    /// The tokens of `bytes`, in order.
    static func tokens(of bytes: [UInt8]) -> [TextToken] {
        var tokens: [TextToken] = []
        tokens.reserveCapacity(bytes.count / 5)
        var index = 0
        var spaceBefore = true
        var newlines = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == ASCII.space || byte == ASCII.tab || byte == ASCII.newline || byte == ASCII.carriageReturn {
                if byte == ASCII.newline { newlines += 1 }
                spaceBefore = true
                index += 1
                continue
            }
            if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                spaceBefore = true
                index += 2
                continue
            }
            let end: Int
            let kind: TextToken.Kind
            if byte.isASCIIDigit {
                end = endOfNumber(bytes, from: index)
                kind = .number
            } else if isLetter(bytes, at: index) {
                end = endOfWord(bytes, from: index)
                kind = .word
            } else {
                end = min(bytes.count, index + scalarLength(byte))
                kind = .symbol
            }
            tokens.append(
                TextToken(kind: kind, start: index, end: end, spaceBefore: spaceBefore, breakBefore: newlines >= 2))
            spaceBefore = false
            newlines = 0
            index = end
        }
        return tokens
    }

    /// The end of a run of digits with `,ddd` groups and one `.d` decimal part.
    private static func endOfNumber(_ bytes: [UInt8], from start: Int) -> Int {
        var end = start
        while end < bytes.count, bytes[end].isASCIIDigit { end += 1 }
        var hasDecimal = false
        while end + 1 < bytes.count {
            if bytes[end] == ASCII.comma, !hasDecimal, isGroupOfThree(bytes, at: end + 1) {
                end += 4
            } else if bytes[end] == ASCII.period, !hasDecimal, bytes[end + 1].isASCIIDigit {
                hasDecimal = true
                end += 1
                while end < bytes.count, bytes[end].isASCIIDigit { end += 1 }
            } else {
                break
            }
        }
        return end
    }

    /// Exactly three digits at `index`, not followed by a fourth.
    private static func isGroupOfThree(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index + 2 < bytes.count else { return false }
        guard bytes[index].isASCIIDigit, bytes[index + 1].isASCIIDigit, bytes[index + 2].isASCIIDigit else {
            return false
        }
        return index + 3 >= bytes.count || !bytes[index + 3].isASCIIDigit
    }

    /// The end of a word: letters and digits, with apostrophes between letters (`Tajikistan's`, `don’t`).
    private static func endOfWord(_ bytes: [UInt8], from start: Int) -> Int {
        var end = start
        while end < bytes.count {
            if bytes[end].isASCIIAlphanumeric {
                end += 1
            } else if isLetter(bytes, at: end) {
                end += scalarLength(bytes[end])
            } else if bytes[end] == ASCII.apostrophe, end + 1 < bytes.count, isLetter(bytes, at: end + 1) {
                end += 1
            } else if isCurlyApostrophe(bytes, at: end), end + 3 < bytes.count, isLetter(bytes, at: end + 3) {
                end += 3
            } else {
                break
            }
        }
        return min(end, bytes.count)
    }

    /// Whether the scalar at `index` is a letter: ASCII letters and non-ASCII scalars outside the punctuation blocks.
    ///
    /// NB: U+0080–U+00BF (lead byte 0xC2: no-break space, ¶, §, «, », £, °) and U+2000–U+2BFF (lead byte 0xE2:
    /// dashes, curly quotes, bullets, €) are punctuation here; every other non-ASCII scalar counts as a letter.
    static func isLetter(_ bytes: [UInt8], at index: Int) -> Bool {
        let byte = bytes[index]
        if byte.isASCIILetter { return true }
        guard byte >= 0xC3 else { return false }
        return byte != 0xE2
    }

    private static func isCurlyApostrophe(_ bytes: [UInt8], at index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99
    }

    /// The length of the UTF-8 sequence that `lead` starts (1 for stray continuation bytes).
    static func scalarLength(_ lead: UInt8) -> Int {
        if lead < 0xC0 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }
}
