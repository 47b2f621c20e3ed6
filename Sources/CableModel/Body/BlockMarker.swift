/// What opens a block of the body: a paragraph number, an item letter, a section heading or a portion marking.
struct BlockMarker: Equatable {
    /// The marker's kind and value.
    enum Kind: Equatable {
        /// `¶4.`, `4.`, `1.(C)`; `14.` may be `¶4.` (the `¶`/`1` confusion), so both readings are kept.
        case numbered(literal: Int, withoutLeadingOne: Int?)
        /// `¶A.`, `1A.`, `A.`.
        case lettered(ItemLetter)
        /// `PARAGRAPH 25: title`.
        case section(number: Int, title: String)
        /// A paragraph that opens with a portion marking but carries no number.
        case marked
    }

    var kind: Kind
    /// The portion marking after the marker, where written.
    var marking: String?
    /// Where the block's own text starts, past the marker and marking.
    var contentStart: Int

    /// Reads the marker at the start of `line`, or returns nil when the line opens with plain text.
    init?(_ line: ByteText) {
        let text = line.trimmed
        guard let first = text.first else { return nil }
        if first == ASCII.openParen {
            guard let marking = PortionMarking.read(text, at: text.startIndex) else { return nil }
            self.init(kind: .marked, marking: marking.marking, after: marking.end, in: text)
            return
        }
        if first == UInt8(ascii: "P"), let section = BlockMarker.section(text) {
            self = section
            return
        }
        var index = text.startIndex
        var hasPilcrow = false
        if text.hasPrefix(ASCII.pilcrow) {
            hasPilcrow = true
            index += 2
        }
        let digitsEnd = text.endOfDigits(from: index)
        if digitsEnd > index {
            guard let kind = BlockMarker.numbered(text, digits: index..<digitsEnd, hasPilcrow: hasPilcrow),
                BlockMarker.opensText(text, at: digitsEnd + 1)
            else {
                if let lettered = BlockMarker.lettered(text, at: index + 1), text[index] == UInt8(ascii: "1"),
                    digitsEnd == index + 1, !hasPilcrow
                {
                    self = lettered
                    return
                }
                return nil
            }
            self.init(kind: kind, marking: nil, after: digitsEnd + 1, in: text)
            return
        }
        guard let lettered = BlockMarker.lettered(text, at: index) else { return nil }
        self = lettered
    }

    private init(kind: Kind, marking: String?, after index: Int, in text: ByteText) {
        var position = text.endOfBlanks(from: index)
        var marking = marking
        if marking == nil, let written = PortionMarking.read(text, at: position) {
            marking = written.marking
            position = text.endOfBlanks(from: written.end)
        }
        self.kind = kind
        self.marking = marking
        self.contentStart = position
    }

    /// `4.` or `14.`: digits then a period; both readings when a leading `1` may stand for `¶`.
    private static func numbered(_ text: ByteText, digits: Range<Int>, hasPilcrow: Bool) -> Kind? {
        guard digits.upperBound < text.endIndex, text[digits.upperBound] == ASCII.period else { return nil }
        return number(text, digits: digits, hasPilcrow: hasPilcrow)
    }

    /// The number `digits` spell; both readings when a leading `1` may stand for `¶`.
    static func number(_ text: ByteText, digits: Range<Int>, hasPilcrow: Bool) -> Kind? {
        guard let literal = text.integer(in: digits) else { return nil }
        var stripped: Int?
        if !hasPilcrow, digits.count >= 2, text[digits.lowerBound] == UInt8(ascii: "1") {
            stripped = text.integer(in: (digits.lowerBound + 1)..<digits.upperBound)
        }
        let literalFits = literal >= 1 && literal <= 999
        let strippedFits = (stripped ?? 0) >= 1 && (stripped ?? 0) <= 999
        guard literalFits || strippedFits else { return nil }
        return .numbered(literal: literalFits ? literal : 0, withoutLeadingOne: strippedFits ? stripped : nil)
    }

    /// After a number's period: a space, an opening parenthesis, an upper-case letter or the end.
    private static func opensText(_ text: ByteText, at index: Int) -> Bool {
        guard index < text.endIndex else { return true }
        let byte = text[index]
        return byte.isBlank || byte == ASCII.openParen || byte.isASCIIUpper || byte == ASCII.quote
    }

    /// `A.` (or `AA.` after `Z.`) then a space or the end: an item letter.
    private static func lettered(_ text: ByteText, at index: Int) -> BlockMarker? {
        guard index < text.endIndex, text[index].isASCIIUpper else { return nil }
        var end = index + 1
        if end < text.endIndex, text[end] == text[index] { end += 1 }
        guard end < text.endIndex, text[end] == ASCII.period else { return nil }
        guard end + 1 == text.endIndex || text[end + 1].isBlank else { return nil }
        let letter = ItemLetter(letter: text[index], doubled: end - index == 2)
        return BlockMarker(kind: .lettered(letter), marking: nil, after: end + 1, in: text)
    }

    /// `PARAGRAPH 12: The Country's Situation`, `PARA 26.`: a numbered section heading on a line of its own.
    private static func section(_ text: ByteText) -> BlockMarker? {
        var index = text.startIndex
        for word in ["PARAGRAPH", "PARA"] where text.hasPrefix(ignoringCase: word) {
            index += word.utf8.count
            break
        }
        guard index > text.startIndex, index < text.endIndex, text[index].isBlank else { return nil }
        let digitsStart = text.endOfBlanks(from: index)
        let digitsEnd = text.endOfDigits(from: digitsStart)
        guard let number = text.integer(in: digitsStart..<digitsEnd), digitsEnd < text.endIndex,
            text[digitsEnd] == ASCII.colon || text[digitsEnd] == ASCII.period
        else { return nil }
        let title = text[(digitsEnd + 1)...].trimmed
        guard title.count <= 120, !title.contains(where: { $0 == ASCII.question }) else { return nil }
        return BlockMarker(
            kind: .section(number: number, title: title.string), marking: nil, contentStart: text.endIndex)
    }

    /// A marker of `kind` whose text starts at `contentStart`.
    init(kind: Kind, marking: String?, contentStart: Int) {
        self.kind = kind
        self.marking = marking
        self.contentStart = contentStart
    }
}
