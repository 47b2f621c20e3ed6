extension BlockMarker {
    /// Reads the marker that opens a line of the body: any `BlockMarker`, or a paragraph number written without its
    /// period before a portion marking (`7 (C) The minister ...`).
    ///
    /// NB: the body's reading only. In the header a number before a marking ends a REF entry (`REF: ... ALPHA 87 (C)
    /// text`), so `BlockMarker` itself, which the header reads, keeps the period.
    init?(bodyLine line: ByteText) {
        if let marker = BlockMarker(line) {
            self = marker
            return
        }
        guard let marker = BlockMarker.numberBeforeMarking(line.trimmed) else { return nil }
        self = marker
    }

    /// `7 (C) Text`, `¶7 (SBU) Text`: one or two digits, blanks, a portion marking, blanks, then a capital or a quote.
    private static func numberBeforeMarking(_ text: ByteText) -> BlockMarker? {
        let hasPilcrow = text.hasPrefix(ASCII.pilcrow)
        let digitsStart = text.startIndex + (hasPilcrow ? ASCII.pilcrow.count : 0)
        let digitsEnd = text.endOfDigits(from: digitsStart)
        guard (1...2).contains(digitsEnd - digitsStart), digitsEnd < text.endIndex, text[digitsEnd].isBlank,
            let kind = number(text, digits: digitsStart..<digitsEnd, hasPilcrow: hasPilcrow),
            let marking = PortionMarking.read(text, at: text.endOfBlanks(from: digitsEnd))
        else { return nil }
        let contentStart = text.endOfBlanks(from: marking.end)
        guard contentStart > marking.end, contentStart < text.endIndex,
            text[contentStart].isASCIIUpper || text[contentStart] == ASCII.quote
        else { return nil }
        return BlockMarker(kind: kind, marking: marking.marking, contentStart: contentStart)
    }
}
