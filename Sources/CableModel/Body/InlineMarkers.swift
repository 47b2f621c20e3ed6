/// Paragraph markers that stand inside a line: the next paragraph number after a finished sentence
/// (`...the talks resumed. 3. (C) The minister said ...`), or the next item letter after a closing mark
/// (`... (CODE-1A) B. Water supply ...`). Each is cut onto a line of its own, so that it opens its own unit; a line
/// that opens with the next item letter opens its unit too.
enum InlineMarkers {
    /// Splits `lines` before every marker that stands inside one and continues the sequence of markers so far.
    static func split(_ lines: [BodyLine]) -> [BodyLine] {
        var output: [BodyLine] = []
        output.reserveCapacity(lines.count)
        var sequence = MarkerSequence()
        for line in lines {
            var rest = line
            let opening = BlockMarker(bodyLine: rest.text)
            // NB: the next item letter opens its item even where the line before ends without a full stop.
            if let opening, case .lettered = opening.kind, sequence.isNext(opening) { rest.opensBlock = true }
            sequence.note(opening)
            while let cut = nextCut(in: rest.text, after: sequence) {
                // NB: the part before the cut keeps what the line's own opening marker set (`opensBlock`).
                var head = rest
                head.text = rest.text[..<cut.index]
                output.append(head)
                rest.text = rest.text[cut.index...]
                rest.opensBlock = true
                sequence.note(cut.marker)
            }
            output.append(rest)
        }
        return output
    }

    /// The first place in `text` (past its start) where a marker continues `sequence`.
    private static func nextCut(in text: ByteText, after sequence: MarkerSequence) -> (index: Int, marker: BlockMarker)?
    {
        var index = text.startIndex + 1
        while index < text.endIndex {
            defer { index += 1 }
            guard text[index - 1].isBlank, mayOpenMarker(text, at: index), let marker = BlockMarker(text[index...]),
                sequence.isNext(marker)
            else { continue }
            let before = text[..<index].trimmedTrailing
            guard !before.trimmed.isEmpty, opensUnit(marker, in: text, at: index, after: before, sequence: sequence)
            else { continue }
            return (index, marker)
        }
        return nil
    }

    /// Whether a paragraph number or an item letter can start at `index`: a digit or `¶`, or a capital followed by a
    /// period or by itself (`B.`, `BB.`).
    ///
    /// NB: a cheap test of the first bytes, so that a marker is read only where one can stand, not at every word.
    private static func mayOpenMarker(_ text: ByteText, at index: Int) -> Bool {
        let byte = text[index]
        if byte.isASCIIDigit || byte == ASCII.pilcrow[0] { return true }
        guard byte.isASCIIUpper, index + 1 < text.endIndex else { return false }
        return text[index + 1] == ASCII.period || text[index + 1] == byte
    }

    /// Whether `marker` at `index` opens a unit: a number after a finished sentence, followed by a portion marking
    /// or a capital (and no earlier number of an inline list); a letter after a closing mark, followed by a capital.
    private static func opensUnit(
        _ marker: BlockMarker, in text: ByteText, at index: Int, after before: ByteText, sequence: MarkerSequence
    ) -> Bool {
        let opensText =
            marker.marking != nil || (marker.contentStart < text.endIndex && text[marker.contentStart].isASCIIUpper)
        guard opensText, let last = before.last else { return false }
        switch marker.kind {
        case .numbered:
            return SentenceEnd.isComplete(before) && !holdsNumber(sequence.lastNumber, in: before)
        case .lettered:
            return InlineMarkers.closingMarks.contains(last)
        default:
            return false
        }
    }

    /// What may end the text before an inline item letter: a period, a closing parenthesis or quote, a colon.
    private static let closingMarks: Set<UInt8> = [
        ASCII.period, ASCII.closeParen, ASCII.quote, ASCII.colon, ASCII.semicolon,
    ]

    /// Whether `number.` stands after a blank inside `text`: the list `1. ... 2. ... 3.` is one paragraph's.
    private static func holdsNumber(_ number: Int, in text: ByteText) -> Bool {
        let written = Array(" \(number). ".utf8)
        var index = text.startIndex
        while index + written.count <= text.endIndex {
            if text[index..<(index + written.count)].elementsEqual(written) { return true }
            index += 1
        }
        return false
    }
}

/// The paragraph number and item letter reached so far, read from the markers that open lines.
struct MarkerSequence {
    /// The last paragraph number.
    private(set) var lastNumber = 0
    /// The last item letter under it.
    private(set) var lastLetter: ItemLetter?

    /// Takes in the marker that opens a line, where it continues the sequence.
    mutating func note(_ marker: BlockMarker?) {
        switch marker?.kind {
        case .numbered(let literal, let withoutLeadingOne):
            guard literal == lastNumber + 1 || withoutLeadingOne == lastNumber + 1 else { return }
            lastNumber += 1
            lastLetter = nil
        case .lettered(let letter):
            if lastLetter.map({ $0 < letter }) ?? true { lastLetter = letter }
        default:
            return
        }
    }

    /// Whether `marker` is the next number or the next letter.
    func isNext(_ marker: BlockMarker) -> Bool {
        switch marker.kind {
        case .numbered(let literal, _): literal == lastNumber + 1
        case .lettered(let letter): lastLetter.map { letter.follows($0) } ?? false
        default: false
        }
    }
}
