/// A heading framed by runs of dashes inside a line, where a flattened cable wrote on one line what stood on three
/// (`... End summary. ------- COMMENT ------- 8. (C) The minister ...`). The frames and the heading are put back on
/// lines of their own, so that the heading reads as one and the text after it opens a block of its own. A title
/// underlined with dashes before a numbered paragraph (`... End summary. COMMENT ------- 8. (C) ...`) is cut the same
/// way.
enum FramedHeading {
    /// The fewest dashes of a frame: one or two are the author's punctuation (`--`).
    private static let frameLength = 3
    /// The most words a framed heading has.
    private static let headingWords = 12
    /// The longest framed heading.
    private static let headingLength = 80

    /// Where a framed heading stands in a line: its opening frame, its words, its closing frame, and where the text
    /// after it starts (the line's end when none follows).
    struct Place {
        var open: Range<Int>
        var heading: Range<Int>
        var close: Range<Int>
        var textStart: Int
    }

    /// The lines, each framed heading that shares its line with other text cut onto three lines of its own.
    static func split(_ lines: [BodyLine]) -> [BodyLine] {
        var output: [BodyLine] = []
        output.reserveCapacity(lines.count)
        for line in lines {
            var rest = line
            var wasCut = false
            while let place = find(in: rest.text) {
                let before = rest.text[..<place.open.lowerBound]
                // NB: an underlined title (`underlined`) has no opening frame.
                let parts =
                    (before.isBlankLine ? [] : [before.startIndex..<before.endIndex])
                    + [place.open, place.heading, place.close].filter { !$0.isEmpty }
                output += parts.map { BodyLine(text: rest.text[$0], page: rest.page, start: rest.start) }
                rest.text = rest.text[place.textStart...]
                wasCut = true
            }
            if let frame = trailingFrame(in: rest.text) {
                output.append(BodyLine(text: rest.text[..<frame.lowerBound], page: rest.page, start: rest.start))
                rest.text = rest.text[frame]
            }
            if !wasCut || !rest.text.isBlankLine { output.append(rest) }
        }
        return output
    }

    /// A long frame that ends a line after a finished sentence (`... in Latin America. ----------`, the next title's
    /// opening frame) or glued to the title it underlines (`Hopes for the Region----------`): it goes on a line of
    /// its own, so that the text before it ends its block.
    private static func trailingFrame(in text: ByteText) -> Range<Int>? {
        let end = text.trimmedTrailing.endIndex
        var start = end
        while start > text.startIndex, text[start - 1] == ASCII.hyphen || text[start - 1].isBlank { start -= 1 }
        let frame = text[start..<end].trimmed
        guard frame.filter({ $0 == ASCII.hyphen }).count >= longFrame, start > text.startIndex else { return nil }
        let before = text[..<frame.startIndex]
        guard !before.isBlankLine, before.last?.isASCIILetter == true || SentenceEnd.isComplete(before) else {
            return nil
        }
        return frame.startIndex..<text.endIndex
    }

    /// Where the text after a framed heading that opens `text` starts, or nil when `text` opens with none.
    static func textStart(after text: ByteText) -> Int? {
        guard let place = find(in: text), text[..<place.open.lowerBound].isBlankLine else { return nil }
        return place.textStart
    }

    /// The first framed heading in `text` that opens the line or follows a finished sentence, and that shares the
    /// line with other text: before it, or after it opening as a sentence or a paragraph does.
    static func find(in text: ByteText) -> Place? {
        var index = text.startIndex
        while index < text.endIndex {
            // NB: a frame opens with a dash; any other byte is passed without reading a run from it.
            guard text[index] == ASCII.hyphen else {
                index += 1
                continue
            }
            let runEnd = endOfFrame(text, from: index)
            defer { index = max(runEnd, index + 1) }
            guard runEnd - index >= frameLength, index == text.startIndex || opensFrame(after: text[index - 1]) else {
                continue
            }
            if let underlined = underlined(in: text, frame: index..<runEnd) { return underlined }
            let before = text[..<index]
            guard let place = place(in: text, opening: index..<runEnd),
                before.isBlankLine || SentenceEnd.isComplete(before) || opensParagraph(after: place, in: text)
            else { continue }
            let after = place.textStart < text.endIndex ? text[place.textStart] : nil
            guard after.map(opensText) ?? !before.isBlankLine else { continue }
            return place
        }
        return nil
    }

    /// A blank, or a sentence's end glued to the frame (`... the issue.------- Comment ------- 16. (C)`).
    private static func opensFrame(after byte: UInt8) -> Bool {
        byte.isBlank || byte == ASCII.period || byte == ASCII.question || byte == ASCII.exclamation
    }

    /// The heading and closing frame after the opening frame `open`, when the words between are a heading's.
    private static func place(in text: ByteText, opening open: Range<Int>) -> Place? {
        let reach = min(text.endIndex, open.upperBound + headingLength + 2)
        var closeStart = open.upperBound
        while closeStart < reach, endOfFrame(text, from: closeStart) == closeStart { closeStart += 1 }
        let closeEnd = endOfFrame(text, from: closeStart)
        guard closeStart < reach, closeEnd == text.endIndex || text[closeEnd].isBlank else { return nil }
        let heading = text[open.upperBound..<closeStart].trimmed
        guard (2...headingLength).contains(heading.count), heading.contains(where: \.isASCIILetter),
            heading.words.count <= headingWords
        else { return nil }
        let textStart = text.endOfBlanks(from: closeEnd)
        return Place(
            open: open, heading: heading.startIndex..<heading.endIndex, close: closeStart..<closeEnd,
            textStart: textStart)
    }

    /// A title underlined by `frame` with a numbered paragraph after it, after a finished sentence or opening the
    /// line (`... End Summary. Water and Power ---------- 2. (C) The minister`): its opening frame is empty. After a
    /// sentence left open, the title is the run of title-cased words before the frame (`... would be limited Gas
    /// Output Also Down ---------- 6. (C)`).
    private static func underlined(in text: ByteText, frame: Range<Int>) -> Place? {
        let textStart = text.endOfBlanks(from: frame.upperBound)
        guard textStart < text.endIndex, let marker = BlockMarker(text[textStart...]), case .numbered = marker.kind
        else { return nil }
        // NB: a frame that opens the line underlines the line before (`... CONDITIONS` / `------- 7. (C) ...`).
        guard frame.lowerBound > text.startIndex else {
            return Place(
                open: frame.lowerBound..<frame.lowerBound, heading: frame.lowerBound..<frame.lowerBound,
                close: frame, textStart: textStart)
        }
        let title = text[..<frame.lowerBound].trimmedTrailing
        guard !title.isEmpty else { return nil }
        var start = title.endIndex
        var titleCased: Int?
        for count in 1...headingWords {
            start = title[..<start].lastIndex(where: \.isBlank).map { $0 + 1 } ?? title.startIndex
            guard title.endIndex - start <= headingLength else { break }
            let before = text[..<start]
            let word = title[start...].prefix { !$0.isBlank }
            if opensTitle(word), before.isBlankLine || SentenceEnd.isComplete(before) {
                return Place(open: start..<start, heading: start..<title.endIndex, close: frame, textStart: textStart)
            }
            // NB: a bracket closed and not opened in the run ends a citation before the title (`(Ankara 12) TITLE`).
            let closesBracket = word.contains(ASCII.closeParen) && !title[start...].contains(ASCII.openParen)
            guard !closesBracket, opensTitle(word) || word.filter(\.isASCIILetter).count < 4 else { break }
            if opensTitle(word), count >= 2 || HeadingBlock.isCapitals(word) { titleCased = start }
            guard start > title.startIndex else { break }
            start = text[..<start].trimmedTrailing.endIndex
        }
        return titleCased.map { Place(open: $0..<$0, heading: $0..<title.endIndex, close: frame, textStart: textStart) }
    }

    /// A capital, or a quote before one (`"New Threats"`): a word a title opens with.
    private static func opensTitle(_ word: ByteText) -> Bool {
        let letters = word.first == ASCII.quote ? word.dropFirst() : word
        return letters.first?.isASCIIUpper == true
    }

    /// Long frames (`---------- TITLE ----------`) with a numbered paragraph after them (`2. (C) The minister`): a
    /// heading even after a sentence left open (`End Summary ---------- ...`), as `--` punctuation is not.
    private static func opensParagraph(after place: Place, in text: ByteText) -> Bool {
        guard place.open.count >= longFrame, place.close.count >= longFrame,
            let marker = BlockMarker(text[place.textStart...])
        else { return false }
        if case .numbered = marker.kind { return true }
        return false
    }

    /// The fewest dashes of a frame that stands after a sentence left open.
    private static let longFrame = 10

    /// A capital, a digit, a pilcrow, a parenthesis or a quote: what opens a sentence or a paragraph.
    private static func opensText(_ byte: UInt8) -> Bool {
        byte.isASCIIUpper || byte.isASCIIDigit || byte == ASCII.pilcrow[0] || byte == ASCII.openParen
            || byte == ASCII.quote
    }

    /// The index just past a frame at `index` (`index` when none starts there): runs of dashes, a blank apart where
    /// a frame wrapped over two lines was joined (`------------- ------`, `------------- --`).
    private static func endOfFrame(_ text: ByteText, from index: Int) -> Int {
        var end = endOfDashes(text, from: index)
        guard end - index >= frameLength else { return index }
        // NB: the wrapped part may be short (`----------- --`).
        var next = text.endOfBlanks(from: end)
        while next > end, endOfDashes(text, from: next) > next {
            end = endOfDashes(text, from: next)
            next = text.endOfBlanks(from: end)
        }
        return end
    }

    /// The index just past a run of dashes at `index`.
    private static func endOfDashes(_ text: ByteText, from index: Int) -> Int {
        var end = index
        while end < text.endIndex, text[end] == ASCII.hyphen { end += 1 }
        return end
    }
}
