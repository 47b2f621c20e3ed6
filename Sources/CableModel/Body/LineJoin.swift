/// Whether a hard line break inside a block is the author's (a list, a table typed in the text, a schedule) or the
/// wrapping of running prose, which reads as one flowing paragraph.
///
/// A break is kept before a list entry (`- `, `* `, `(a) `, `1) `), between the rows of a table (a block with at
/// least two lines holding a column gap: three or more blanks after a word or a colon, not after the end of a
/// sentence), after a line that ends with a colon (it introduces what follows), and after a line that ends well
/// short of the block's width (the author ended it), unless it holds only redactions. A block of three lines or more
/// that each open with a record's code (`V-2003-00252 (Smuggling)`, `CT08-0305-100`) is a list of records. A line that opens in lower case always continues the line
/// before.
struct LineJoin {
    /// Whether the block is a table: two or more of its lines hold a column gap, or every line opens with a code.
    let isTable: Bool
    /// The longest line's length, for telling a short line from a wrapped one.
    private let width: Int

    /// A line shorter than this share of the block's width (in tenths) ends where its author ended it.
    private static let shortLineTenths = 6
    /// Below this width the lines are too short to tell wrapping from structure: they join.
    private static let narrowestWrap = 40

    /// Reads the block's lines.
    init(_ lines: [ByteText]) {
        var gaps = 0
        var width = 0
        for line in lines {
            let text = line.trimmed
            width = max(width, text.count)
            if LineJoin.hasColumnGap(text) { gaps += 1 }
        }
        isTable = gaps >= 2 || (lines.count >= 3 && lines.allSatisfy { LineJoin.opensWithCode($0.trimmed) })
        self.width = width
    }

    /// Whether the break between `previous` and `next` (both trimmed) stays a line break.
    func keepsBreak(after previous: ByteText, before next: ByteText) -> Bool {
        guard let first = next.first, !first.isASCIILower else { return false }
        if isTable || LineJoin.startsListEntry(next) || previous.last == ASCII.colon { return true }
        // NB: a redaction stands for withheld text of any length: a line of it alone is not a short line.
        guard width >= LineJoin.narrowestWrap, !Redaction.isRedacted(previous) else { return false }
        return previous.count * 10 < width * LineJoin.shortLineTenths
    }

    /// Three or more blanks inside a line after a word or a colon: a column gap, as in `Name:    WILLIAM`. After a
    /// sentence's end they only separate sentences (`attended.   The delegation`).
    static func hasColumnGap(_ text: ByteText) -> Bool {
        var run = 0
        for index in text.indices {
            guard text[index].isBlank else {
                run = 0
                continue
            }
            run += 1
            guard run == 3 else { continue }
            let before = text[index - 3]
            if before != ASCII.period, before != ASCII.question, before != ASCII.exclamation { return true }
        }
        return false
    }

    /// A first word of five characters or more made of capitals, digits and hyphens, with a digit and a hyphen
    /// (`V-2003-00252`, `CIL-19`): a record's code, which no wrapped sentence puts first on every line.
    static func opensWithCode(_ line: ByteText) -> Bool {
        let word = line.prefix { !$0.isBlank }
        guard word.count >= 5, word.contains(where: \.isASCIIDigit), word.contains(ASCII.hyphen) else { return false }
        return word.allSatisfy { $0.isASCIIDigit || $0.isASCIIUpper || $0 == ASCII.hyphen }
    }

    /// `-- `, `- `, `* `, `o `, `(a) `, `1) `: a line that opens a list entry keeps its line break.
    static func startsListEntry(_ line: ByteText) -> Bool {
        let bytes = Array(line.prefix(5))
        guard let first = bytes.first else { return false }
        if first == ASCII.hyphen || first == UInt8(ascii: "*") { return true }
        if bytes.count >= 2, first == UInt8(ascii: "o"), bytes[1] == ASCII.space { return true }
        if bytes.count >= 3, first == ASCII.openParen, bytes[1].isASCIIAlphanumeric, bytes[2] == ASCII.closeParen {
            return true
        }
        return bytes.count >= 3 && bytes[0].isASCIIDigit && bytes[1] == ASCII.closeParen && bytes[2] == ASCII.space
    }
}
