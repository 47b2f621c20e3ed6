/// Small readers over a field's scalars for the pattern scanners (statutes, cross-references, names).
///
/// Positions are scalar offsets; every reader returns where it stopped and never reads past the end.
extension Array where Element == Unicode.Scalar {
    /// The scalars of `text`.
    ///
    /// NB: one decoding pass; `Array(text.unicodeScalars)` decodes twice, once to count. Every unit's text is read
    /// so by the index and by the browser before its first frame, so the scalars are written straight into the
    /// array (never more scalars than bytes), without the capacity check of an append each.
    public init(scalarsOf text: String) {
        self.init(unsafeUninitializedCapacity: text.utf8.count) { buffer, count in
            count = 0
            for scalar in text.unicodeScalars {
                buffer.initializeElement(at: count, to: scalar)
                count += 1
            }
        }
    }

    /// The position after any spaces, tabs and line breaks from `index`.
    func skippingSpaces(from index: Int) -> Int {
        var index = index
        while index < count, self[index].isSpace { index += 1 }
        return index
    }

    /// The position before any spaces, tabs and line breaks that end just before `index`.
    func skippingSpacesBackward(from index: Int) -> Int {
        var index = index
        while index > 0, self[index - 1].isSpace { index -= 1 }
        return index
    }

    /// The end of the run of ASCII digits from `index` (equal to `index` when there is none).
    func digitsEnd(from index: Int) -> Int {
        var end = index
        while end < count, self[end].isASCIIDigit { end += 1 }
        return end
    }

    /// The end of the word (letters, digits, inner apostrophes and hyphens) that starts at `index`.
    func wordEnd(from index: Int) -> Int {
        var end = index
        while end < count {
            if ScalarFolding.isWordScalar(self[end]) {
                end += 1
            } else if self[end].isInnerWordMark, end + 1 < count, end > index, ScalarFolding.isWordScalar(self[end + 1])
            {
                end += 1
            } else {
                break
            }
        }
        return end
    }

    /// The start of the word that ends just before `index`.
    func wordStart(before index: Int) -> Int {
        var start = index
        while start > 0 {
            if ScalarFolding.isWordScalar(self[start - 1]) {
                start -= 1
            } else if self[start - 1].isInnerWordMark, start >= 2, start < index,
                ScalarFolding.isWordScalar(self[start - 2])
            {
                start -= 1
            } else {
                break
            }
        }
        return start
    }

    /// The whole word (hyphenated parts and apostrophes included) that holds the word part at `range`.
    func fullWord(around range: Range<Int>) -> Range<Int> {
        let start = wordStart(before: range.upperBound)
        return start..<wordEnd(from: start)
    }

    /// Whether the scalars in `range` spell `word` (lower-case ASCII), ignoring case.
    func spells(_ word: String, in range: Range<Int>) -> Bool {
        guard range.count == word.utf8.count, range.upperBound <= count else { return false }
        var index = range.lowerBound
        for byte in word.utf8 {
            let value = self[index].value
            guard value < 0x80, UInt8(value) | 0x20 == byte else { return false }
            index += 1
        }
        return true
    }

    /// The word starting at `index`, when it is one of `words` (lower-case ASCII), and its end.
    func word(at index: Int, oneOf words: Set<String>) -> (word: String, end: Int)? {
        let end = wordEnd(from: index)
        guard end > index, end - index <= 24 else { return nil }
        let word = lowercasedString(index..<end)
        return words.contains(word) ? (word, end) : nil
    }

    /// The text in `range` as a string.
    ///
    /// NB: ASCII text is copied byte by byte; a word of up to 15 bytes then needs no allocation at all, which
    /// matters because the name and statute readers look at many short words.
    func string(_ range: Range<Int>) -> String {
        let range = range.clamped(to: 0..<count)
        guard self[range].allSatisfy({ $0.value < 0x80 }) else { return String(String.UnicodeScalarView(self[range])) }
        return String(unsafeUninitializedCapacity: range.count) { buffer in
            for (offset, scalar) in self[range].enumerated() { buffer[offset] = UInt8(scalar.value) }
            return range.count
        }
    }

    /// The text in `range` lower-cased.
    func lowercasedString(_ range: Range<Int>) -> String {
        let range = range.clamped(to: 0..<count)
        guard self[range].allSatisfy({ $0.value < 0x80 }) else {
            return String(String.UnicodeScalarView(self[range])).lowercased()
        }
        return String(unsafeUninitializedCapacity: range.count) { buffer in
            for (offset, scalar) in self[range].enumerated() {
                let byte = UInt8(scalar.value)
                buffer[offset] = byte.isASCIIUpper ? byte + 0x20 : byte
            }
            return range.count
        }
    }

    /// The position of the `)` closing the `(` at `open`, within `limit` scalars; nil when unclosed.
    func closingParenthesis(of open: Int, limit: Int = 240) -> Int? {
        var depth = 0
        var index = open
        while index < Swift.min(count, open + limit) {
            if self[index] == "(" { depth += 1 }
            if self[index] == ")" {
                depth -= 1
                if depth == 0 { return index }
            }
            if self[index] == "\n", index + 1 < count, self[index + 1] == "\n" { return nil }
            index += 1
        }
        return nil
    }

    /// The quoted text starting at `index` (a straight or curly opening quote): its inside and the end of the quote.
    func quotation(at index: Int, limit: Int = 160) -> (inside: Range<Int>, end: Int)? {
        guard index < count, self[index].isOpeningQuote else { return nil }
        var close = index + 1
        while close < Swift.min(count, index + limit) {
            if self[close].isClosingQuote { return (index + 1..<close, close + 1) }
            if self[close] == "\n" { return nil }
            close += 1
        }
        return nil
    }

    /// Whether `index` starts a sentence: the field's start, after a line break, or after `.`, `?`, `!`, `:` and a space.
    func startsSentence(_ index: Int) -> Bool {
        let before = skippingSpacesBackward(from: index)
        guard before > 0 else { return true }
        if before < index, self[before..<index].contains("\n") { return true }
        var markEnd = before
        while markEnd > 1,
            self[markEnd - 1].isClosingQuote || self[markEnd - 1] == ")" || self[markEnd - 1] == "\u{2019}"
        {
            markEnd -= 1
        }
        let mark = self[markEnd - 1]
        guard before < index, mark == "." || mark == "?" || mark == "!" || mark == ":" else { return false }
        return true
    }

    /// The starts of the field's sentences, in order: each word start that `startsSentence` accepts.
    func sentenceStarts() -> [Int] {
        indices.filter { position in
            ScalarFolding.isWordScalar(self[position])
                && (position == 0 || !ScalarFolding.isWordScalar(self[position - 1])) && startsSentence(position)
        }
    }

    /// The start of the next word after `index` when only spaces stand between (no punctuation, no paragraph break).
    func nextWordStart(after index: Int) -> Int? {
        let next = skippingSpaces(from: index)
        guard next > index, next < count, ScalarFolding.isWordScalar(self[next]), !self[index..<next].contains("\n")
        else { return nil }
        return next
    }

    /// The start of the previous word before `index` when only spaces stand between.
    func previousWordStart(before index: Int) -> Int? {
        let end = skippingSpacesBackward(from: index)
        guard end < index, end > 0, ScalarFolding.isWordScalar(self[end - 1]), !self[end..<index].contains("\n")
        else { return nil }
        return wordStart(before: end)
    }
}

extension Unicode.Scalar {
    /// A space, tab or line break.
    var isSpace: Bool { self == " " || self == "\n" || self == "\t" || self == "\u{A0}" }
    /// An ASCII digit.
    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
    /// An ASCII upper-case letter.
    var isASCIIUppercase: Bool { value >= 0x41 && value <= 0x5A }
    /// An apostrophe or hyphen, which may join two parts of one word.
    var isInnerWordMark: Bool { self == "'" || self == "\u{2019}" || self == "-" }
    /// A quote that may open a quotation.
    var isOpeningQuote: Bool { self == "\"" || self == "\u{201C}" || self == "\u{201E}" }
    /// A quote that may close a quotation.
    var isClosingQuote: Bool { self == "\"" || self == "\u{201D}" }
}
