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
    /// Where its first line starts in the file's text, where known.
    var start: Int?

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
            // NB: a line of one or two dashes or stars (`-`, `--`) separates paragraphs as a blank line does.
            if text.isBlankLine || isSeparator(text) {
                close()
                blankBefore = true
                continue
            }
            if SentenceEnd.isDecoration(text) {
                // NB: a block framed by two dash lines is one heading of up to three lines, not a title under text.
                let framed = current.map { $0.isDecorated && HeadingBlock.text(of: $0) != nil } ?? false
                if !framed, let block = current, block.lines.count > 1 || block.marker != nil,
                    let split = splittingUnderlinedTitle(block)
                {
                    current = split.rest
                    close()
                    current = split.title
                }
                if current?.lines.count == 1 { current?.isDecorated = true }
                close()
                blankBefore = true
                decorationBefore = true
                continue
            }
            let marker = line.isContentsEntry ? nil : BlockMarker(bodyLine: text)
            // NB: append through `current` itself: a mutable copy of the block would share its line array, and
            // every append would then copy the whole array (quadratic in a block of a million lines).
            if let lastLine = current?.lines.last {
                let previousEnds =
                    SentenceEnd.isComplete(lastLine) || current?.isWithheld == true || current?.isListTitle == true
                guard let marker, previousEnds || marker.isSection || line.opensBlock else {
                    current?.lines.append(text)
                    continue
                }
                close()
                current = RawBlock(
                    lines: [text], page: line.page, marker: marker, followsBlank: false, start: line.start)
            } else {
                current = RawBlock(
                    lines: [text], page: line.page, marker: marker, followsBlank: blankBefore, start: line.start)
                current?.isDecorated = decorationBefore && marker == nil
            }
            blankBefore = false
            decorationBefore = false
        }
        close()
        return blocks
    }
}

/// A title underlined with dashes may stand on the last line of the block before, with no blank line between
/// (`The Accused` / `-----`), or even after its last sentence (`...legitimate case. The Complaint` / `-----`).
private func splittingUnderlinedTitle(_ block: RawBlock) -> (rest: RawBlock, title: RawBlock)? {
    let last = block.lines[block.lines.count - 1].trimmed
    guard !SentenceEnd.isComplete(last) else { return nil }
    var rest = block
    var title = RawBlock(lines: [], page: block.page, marker: nil, followsBlank: true, start: last.startIndex)
    if block.lines.count > 1, last.count <= 80 {
        rest.lines.removeLast()
        title.lines = [last]
        return (rest, title)
    }
    let contentStart = block.lines.count == 1 ? (block.marker?.contentStart ?? last.startIndex) : last.startIndex
    guard let end = lastSentenceEnd(in: last), end > contentStart, last.endIndex - end <= 60 else { return nil }
    let tail = last[end...].trimmed
    guard let first = tail.first, first.isASCIIUpper else { return nil }
    rest.lines[rest.lines.count - 1] = last[..<end]
    title.lines = [tail]
    return (rest, title)
}

/// `-`, `--`, `*`: too short to underline a title, a mark between two paragraphs.
private func isSeparator(_ line: ByteText) -> Bool {
    let text = line.trimmed
    return (1...2).contains(text.count) && text.allSatisfy { $0 == ASCII.hyphen || $0 == UInt8(ascii: "*") }
}

/// The index just past the last `. ` (or `? `, `! `) in a line.
private func lastSentenceEnd(in line: ByteText) -> Int? {
    var index = line.endIndex - 1
    while index > line.startIndex {
        let byte = line[index - 1]
        if line[index].isBlank, byte == ASCII.period || byte == ASCII.question || byte == ASCII.exclamation {
            return index
        }
        index -= 1
    }
    return nil
}

extension RawBlock {
    /// A paragraph of one line whose text past its marker is all redacted (`¶7. (C) XXXXXXXXXXXX`): the whole
    /// paragraph was withheld, so it is finished and a marker on the next line opens the next one.
    var isWithheld: Bool {
        guard lines.count == 1, let marker, marker.contentStart < lines[0].endIndex else { return false }
        return Redaction.isRedacted(lines[0][marker.contentStart...])
    }
}

extension RawBlock {
    /// A title-cased line of its own after a blank line (`Measures to Address the Deceleration`): a list's title,
    /// so a marker on the next line opens the list's first entry.
    var isListTitle: Bool { followsBlank && lines.count == 1 && HeadingBlock.isListTitle(lines[0].trimmed) }
}

extension BlockMarker {
    /// Whether this is a `PARAGRAPH N:` section heading.
    var isSection: Bool {
        if case .section = kind { return true }
        return false
    }
}
