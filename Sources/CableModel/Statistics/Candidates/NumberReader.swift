/// Reads one number at a token: digits (`24`, `1,295`, `1.5 million`, `155K`) or words (`fourteen`,
/// `twenty-four`, `two hundred`, `a dozen`), and the same number written again in digits (`two 2`).
enum NumberReader {
    /// The number that starts at token `index`, or nil when none does.
    static func read(_ text: TokenizedText, at index: Int) -> WrittenNumber? {
        guard index < text.count else { return nil }
        var number: WrittenNumber?
        switch text.tokens[index].kind {
        case .number: number = readDigits(text, at: index)
        case .word: number = readWords(text, at: index)
        case .symbol: return nil
        }
        guard var read = number else { return nil }
        if !read.isOrdinal && !read.isDecade { readRepetition(text, into: &read) }
        return read
    }

    private static func readDigits(_ text: TokenizedText, at index: Int) -> WrittenNumber {
        let bytes = text.bytes(of: index)
        var value = 0.0
        var fraction = 0.0
        var scale = 1.0
        var inFraction = false
        var read = WrittenNumber(value: 0, tokens: index..<(index + 1))
        for byte in bytes {
            if byte == ASCII.comma {
                read.hasGrouping = true
            } else if byte == ASCII.period {
                inFraction = true
                read.isDecimal = true
            } else if inFraction {
                scale /= 10
                fraction += Double(byte.digitValue) * scale
            } else {
                value = value * 10 + Double(byte.digitValue)
                if !read.hasGrouping { read.digitCount += 1 }
            }
        }
        read.value = value + fraction
        read.hasLeadingZero = bytes.count > 1 && bytes.first == 0x30 && !read.isDecimal
        readSuffix(text, into: &read)
        readScaleWord(text, into: &read)
        return read
    }

    /// A suffix glued to the digits: an ordinal (`4th`), a decade (`1990s`), a multiplier (`155K`) or another.
    private static func readSuffix(_ text: TokenizedText, into read: inout WrittenNumber) {
        let next = read.end
        guard next < text.count, text.tokens[next].kind == .word, text.isGlued(next) else { return }
        let suffix = text.lowered[next]
        read.tokens = read.first..<(next + 1)
        if NumberWordTable.ordinalSuffixes.contains(suffix) {
            read.isOrdinal = true
        } else if suffix == "s" {
            read.isDecade = true
        } else if let multiplier = NumberWordTable.multiplierSuffixes[suffix], suffix != "m", suffix != "b" {
            read.value *= multiplier
            read.hasScale = true
            read.scale = multiplier
        } else {
            read.suffix = suffix
        }
    }

    /// A scale word after the digits: `1 million`, `12 billion`, `5 bn`.
    private static func readScaleWord(_ text: TokenizedText, into read: inout WrittenNumber) {
        let next = read.end
        guard !read.hasScale, read.suffix == nil, next < text.count, text.tokens[next].kind == .word else { return }
        let word = text.lowered[next]
        let scale =
            NumberWordTable.scales[word]
            ?? (NumberWordTable.spacedMultipliers.contains(word) ? NumberWordTable.multiplierSuffixes[word] : nil)
        guard let scale else { return }
        read.value *= scale
        read.hasScale = true
        read.scale = scale
        read.tokens = read.first..<(next + 1)
    }

    /// Words: `one`, `fourteen`, `twenty-four`, `two hundred and five`, `three million`, `a dozen`, `a hundred`.
    private static func readWords(_ text: TokenizedText, at index: Int) -> WrittenNumber? {
        var cursor = index
        if text.lowered[index] == "half" { return readHalf(text, at: index) }
        if text.lowered[index] == "a" || text.lowered[index] == "an" {
            guard index + 1 < text.count,
                NumberWordTable.scales[text.lowered[index + 1]] != nil || text.lowered[index + 1] == "dozen"
            else { return nil }
            cursor = index + 1
        } else if !NumberWordTable.startsNumber(text.lowered[index]) {
            return nil
        }
        var total = 0.0
        var current = 0.0
        var previous = WordPart.none
        var last = cursor
        while cursor < text.count, text.tokens[cursor].kind == .word {
            let word = text.lowered[cursor]
            let part = WordPart(word)
            guard part.canFollow(previous) else { break }
            switch part {
            case .ones, .teens, .tens: current += Double(NumberWordTable.value(of: word) ?? 0)
            case .dozen: current = max(current, 1) * 12
            case .hundred: current = max(current, 1) * 100
            case .scale:
                total += max(current, 1) * (NumberWordTable.scales[word] ?? 1)
                current = 0
            case .none: break
            }
            previous = part
            last = cursor
            if part != .scale, text.isWord(cursor + 1, "and"), text.isWord(cursor + 2, "a"),
                text.isWord(cursor + 3, "half")
            {
                // NB: `two and a half years`, `one and a half million`: the half belongs to what came before.
                current += 0.5
                last = cursor + 3
                cursor += 4
                continue
            }
            cursor = nextNumberWord(text, after: cursor)
        }
        guard previous != .none else { return nil }
        var read = WrittenNumber(value: total + current, tokens: index..<(last + 1))
        read.isWords = true
        read.hasScale = total > 0 || previous == .hundred
        return read
    }

    /// `half a million`, `half a dozen`.
    private static func readHalf(_ text: TokenizedText, at index: Int) -> WrittenNumber? {
        guard text.isWord(index + 1, "a") || text.isWord(index + 1, "an"), index + 2 < text.count else { return nil }
        let word = text.lowered[index + 2]
        guard let scale = word == "dozen" ? 12 : NumberWordTable.scales[word] else { return nil }
        var read = WrittenNumber(value: scale / 2, tokens: index..<(index + 3))
        read.isWords = true
        read.hasScale = true
        return read
    }

    /// The token where a number in words may continue: after a hyphen (`twenty-four`) or `and` (`hundred and five`).
    private static func nextNumberWord(_ text: TokenizedText, after index: Int) -> Int {
        let next = index + 1
        if text.isDash(next), text.isGlued(next), next + 1 < text.count, text.isGlued(next + 1),
            text.tokens[next + 1].kind == .word, NumberWordTable.value(of: text.lowered[next + 1]) != nil
        {
            return next + 1
        }
        if text.isWord(next, "and"),
            text.lowered[index] == "hundred" || NumberWordTable.scales[text.lowered[index]] != nil,
            next + 1 < text.count, NumberWordTable.startsNumber(text.lowered[next + 1])
        {
            return next + 1
        }
        return next
    }

    /// The same number written again right after: `two 2`, `two (2)`, `2 (two)`.
    private static func readRepetition(_ text: TokenizedText, into read: inout WrittenNumber) {
        var next = read.end
        let parenthesised = text.isSymbol(next, ASCII.openParen)
        if parenthesised { next += 1 }
        guard next < text.count else { return }
        let again: WrittenNumber?
        if read.isWords, text.tokens[next].kind == .number {
            again = readDigits(text, at: next)
        } else if !read.isWords, text.tokens[next].kind == .word {
            again = readWords(text, at: next)
        } else {
            again = nil
        }
        guard let again, again.value == read.value, again.suffix == nil, !again.isOrdinal else { return }
        var end = again.end
        if parenthesised {
            guard text.isSymbol(end, ASCII.closeParen) else { return }
            end += 1
        }
        read.tokens = read.first..<end
        read.writtenTwice = true
    }
}
