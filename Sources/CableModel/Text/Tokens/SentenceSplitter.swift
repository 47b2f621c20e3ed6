/// Cuts a field into sentences: at `.`, `?` or `!` (and any closing quotes or brackets after it) before a space and
/// a capital, a digit, a quote or a bracket, and at blank lines; not after an abbreviation (`Art.`, `Mr.`,
/// `EnglishWords.abbreviations`) or a single letter (`U.S.`, `J. Smith`).
///
/// The one splitter of the model: the statistics read figures sentence by sentence, and the index finds the
/// statute a position's sentence cites, by the same rule.
enum SentenceSplitter {
    /// The most tokens a sentence holds; a longer run without a sentence end is cut into pieces of this length.
    ///
    /// NB: the longest sentence of the corpus has 545 tokens (a list without full stops). Text without sentence ends
    /// (a log, a table, a hostile file) would otherwise be one sentence of every token, and the readers that look
    /// around a figure within its sentence would cost the square of the field's length.
    static let longestSentence = 600

    /// The token ranges of the sentences of `text`, none longer than `longestSentence`.
    static func sentences(of text: TokenizedText) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        for span in sentencesByPunctuation(of: text) {
            var start = span.lowerBound
            while span.upperBound - start > longestSentence {
                spans.append(start..<(start + longestSentence))
                start += longestSentence
            }
            spans.append(start..<span.upperBound)
        }
        return spans
    }

    /// The token ranges of the sentences of `text`, cut at sentence ends and blank lines only.
    private static func sentencesByPunctuation(of text: TokenizedText) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < text.count {
            if index > start, text.tokens[index].breakBefore {
                spans.append(start..<index)
                start = index
            }
            if isTerminal(text, index) {
                var next = index + 1
                while next < text.count, text.isGlued(next), isCloser(text, next) { next += 1 }
                if next >= text.count
                    || (text.tokens[next].spaceBefore && opensSentence(text, next)
                        && !isAbbreviation(text, index))
                {
                    spans.append(start..<next)
                    start = next
                    index = next
                    continue
                }
            }
            index += 1
        }
        if start < text.count { spans.append(start..<text.count) }
        return spans
    }

    private static func isTerminal(_ text: TokenizedText, _ index: Int) -> Bool {
        text.isSymbol(index, ASCII.period) || text.isSymbol(index, ASCII.question)
            || text.isSymbol(index, ASCII.exclamation)
    }

    /// Closing quotes and brackets that may follow the final punctuation.
    private static func isCloser(_ text: TokenizedText, _ index: Int) -> Bool {
        if text.isSymbol(index, ASCII.quote) || text.isSymbol(index, ASCII.apostrophe)
            || text.isSymbol(index, ASCII.closeParen)
        {
            return true
        }
        let bytes = text.bytes(of: index)
        return bytes.count == 3 && bytes.first == 0xE2 && (bytes.last == 0x9D || bytes.last == 0x99)
    }

    /// Whether the token can open a sentence: a capital, a digit, a quote or a bracket.
    private static func opensSentence(_ text: TokenizedText, _ index: Int) -> Bool {
        let token = text.tokens[index]
        switch token.kind {
        case .number: return true
        case .word: return text.bytes[token.start].isASCIIUpper || text.bytes[token.start] >= 0x80
        case .symbol: return !text.isSymbol(index, ASCII.comma) && !text.isSymbol(index, ASCII.period)
        }
    }

    /// Whether the period at `index` ends an abbreviation or an initial (`U.S.`, `J.`).
    private static func isAbbreviation(_ text: TokenizedText, _ index: Int) -> Bool {
        guard text.isSymbol(index, ASCII.period), index > 0, text.isGlued(index) else { return false }
        let word = index - 1
        guard text.tokens[word].kind == .word else { return false }
        if text.tokens[word].end - text.tokens[word].start == 1 { return true }
        return EnglishWords.abbreviations.contains(text.lowered[word])
    }

    /// Whether a sentence ends between two scalar offsets of a field: the sentence that holds `range.lowerBound`
    /// does not hold `range.upperBound`.
    static func ends(in scalars: [Unicode.Scalar], between range: Range<Int>) -> Bool {
        let text = TokenizedText(String(String.UnicodeScalarView(scalars)))
        let offsets = ScalarOffsets(text.bytes)
        return sentences(of: text).contains { sentence in
            let start = offsets.scalar(text.tokens[sentence.lowerBound].start)
            return start > range.lowerBound && start <= range.upperBound
        }
    }
}
