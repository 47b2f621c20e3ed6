/// A block of body lines: text between blank lines, or opened by a paragraph marker on a line of its own.
struct RawBlock {
    /// The block's lines, trailing spaces removed.
    var lines: [ByteText]
    /// The page its first line is on.
    var page: Int?
    /// The marker its first line opens with.
    var marker: BlockMarker?
    /// Whether a blank line (not only a line break) separates it from the block before.
    var followsBlank: Bool
    /// Whether a line of dashes underlines or frames it.
    var isDecorated = false

    /// Splits body lines into blocks.
    ///
    /// A line that opens with a marker starts a new block when the line before ended a sentence; otherwise it is
    /// a hard-wrapped line that happens to start with a number (`¶1993.`) and stays in its block.
    static func split(_ lines: [BodyLine]) -> [RawBlock] {
        var blocks: [RawBlock] = []
        var current: RawBlock?
        var blankBefore = true
        var decorationBefore = false
        func close() {
            if let block = current { blocks.append(block) }
            current = nil
        }
        for line in lines {
            let text = line.text.trimmedTrailing
            if text.isBlankLine {
                close()
                blankBefore = true
                continue
            }
            if SentenceEnd.isDecoration(text) {
                if current?.lines.count == 1 { current?.isDecorated = true }
                close()
                blankBefore = true
                decorationBefore = true
                continue
            }
            let marker = BlockMarker(text)
            if var block = current {
                let previousEnds = SentenceEnd.isComplete(block.lines[block.lines.count - 1])
                guard let marker, previousEnds || marker.isSection else {
                    block.lines.append(text)
                    current = block
                    continue
                }
                close()
                current = RawBlock(lines: [text], page: line.page, marker: marker, followsBlank: false)
            } else {
                current = RawBlock(lines: [text], page: line.page, marker: marker, followsBlank: blankBefore)
                current?.isDecorated = decorationBefore && marker == nil
            }
            blankBefore = false
            decorationBefore = false
        }
        close()
        return blocks
    }
}

extension BlockMarker {
    /// Whether this is a `PARAGRAPH N:` section heading.
    var isSection: Bool {
        if case .section = kind { return true }
        return false
    }
}
