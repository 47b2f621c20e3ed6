/// A unit while its blocks are being collected.
struct UnitDraft {
    var id: String
    var kind: Unit.Kind
    var parent: String?
    var label: String
    var marking: String?
    var heading: String?
    var page: Int?
    /// Where the unit's first line starts in the file's text.
    var sourceStart: Int?
    /// The unit's paragraphs so far.
    private(set) var paragraphs: [[UInt8]] = []
    /// The length of the last raw line added, for telling a cut sentence from a title.
    private(set) var lastLineLength = 0

    init(id: String, kind: Unit.Kind, label: String, heading: String?, page: Int?) {
        self.id = id
        self.kind = kind
        self.label = label
        self.heading = heading
        self.page = page
    }

    /// Adds a paragraph.
    mutating func append(_ text: [UInt8], lastLineLength: Int) {
        guard !text.isEmpty else { return }
        paragraphs.append(text)
        self.lastLineLength = lastLineLength
    }

    /// Continues the last paragraph's sentence with `text`.
    mutating func joinToLastParagraph(_ text: [UInt8], lastLineLength: Int) {
        extendLastParagraph(with: text, after: ASCII.space, lastLineLength: lastLineLength)
    }

    /// Continues the last paragraph on a line of its own (a list's next entry).
    mutating func appendLine(_ text: [UInt8], lastLineLength: Int) {
        extendLastParagraph(with: text, after: ASCII.newline, lastLineLength: lastLineLength)
    }

    private mutating func extendLastParagraph(with text: [UInt8], after separator: UInt8, lastLineLength: Int) {
        guard !paragraphs.isEmpty else {
            append(text, lastLineLength: lastLineLength)
            return
        }
        paragraphs[paragraphs.count - 1] += [separator] + text
        self.lastLineLength = lastLineLength
    }

    /// The finished unit. An item's first paragraph is its question when an answer follows it.
    var unit: Unit {
        var heading = heading
        var body = paragraphs
        if kind == .item, body.count >= 2, UnitDraft.readsAsQuestion(body[0]) {
            heading = body.removeFirst().string
        }
        let text = body.map(\.string).joined(separator: "\n\n")
        return Unit(
            id: id, kind: kind, parent: parent, label: label, marking: marking, heading: heading, text: text,
            page: page,
            sourceStart: sourceStart)
    }
}

extension UnitDraft {
    /// An item's first paragraph is its question or title when it ends in `?` or `:`, or is one short sentence;
    /// a list entry of several sentences is text.
    static func readsAsQuestion(_ paragraph: [UInt8]) -> Bool {
        let text = paragraph[...].trimmedTrailing
        guard let last = text.last else { return false }
        if last == ASCII.question || last == ASCII.colon { return true }
        guard text.count <= 200 else { return false }
        var index = text.startIndex
        while index + 1 < text.endIndex - 1 {
            if text[index] == ASCII.period, text[index + 1].isBlank, index > text.startIndex,
                text[index - 1].isASCIILower
            {
                return false
            }
            index += 1
        }
        return true
    }
}

extension Array where Element == UInt8 {
    /// The bytes as a Swift string.
    var string: String { String(decoding: self, as: UTF8.self) }
}
