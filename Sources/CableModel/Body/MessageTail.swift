/// The end of a message's transmission: `NNNN`, or the message's envelope printed again after its signature
/// (`VZCZC...`, routing, `DE` line, date-time group, addressees). From that line on the text is the tail of the
/// transmission, not the author's words, and it is cut off before the signature is read.
enum MessageTail {
    /// The most lines a tail holds: an envelope with a long list of addressees.
    private static let longestTail = 80

    /// Removes the tail from the end of `lines`, when the last lines are one.
    static func remove(from lines: inout [BodyLine]) {
        // NB: `NNNN` may stand before a repeated envelope; each is cut in turn, the later first.
        while let start = lines.suffix(longestTail).lastIndex(where: opensTail),
            lines[(start + 1)...].allSatisfy(isEnvelopeLine)
        {
            lines.removeSubrange(start...)
            if let last = lines.last, isClassificationLine(last) { lines.removeLast() }
        }
    }

    /// A classification line with the cable's number (`UNCLASSIFIED ALPHA 00000641`, after an export's caption
    /// perhaps): right above a repeated envelope it opens the repeat.
    private static func isClassificationLine(_ line: BodyLine) -> Bool {
        let text = line.text.trimmed
        return text.count <= 120 && ClassificationLine.mightStandIn(text)
            && ClassificationLine(text.string)?.number != nil
    }

    /// `NNNN`, a start-of-message line (`VZCZCXRO1423`), a date-time group (`O 261520Z JUL 07`), or the next
    /// envelope's first lines when its date-time group began the next cable: a routing line with its precedence (`PP RUEHWEB`) or the `DE` line with its serial.
    private static func opensTail(_ line: BodyLine) -> Bool {
        let text = line.text.trimmed
        if text.elementsEqual("NNNN".utf8) || text.hasPrefix(ignoringCase: "VZCZC") { return true }
        if CableStart.isDateTimeGroup(text) { return true }
        guard text.count > 3, text[text.startIndex + 2] == ASCII.space else { return false }
        let string = text.string
        let isStation = TransmissionLine.isStation(string) && text.contains(UInt8(ascii: "#"))
        return isStation || (text.words.first?.count == 2 && TransmissionLine.isRouting(string))
    }

    /// Blank, or a line in capitals that neither opens a paragraph nor ends a sentence (`O 281143Z FEB 06`,
    /// `RUEHXK/ARAB ISRAELI COLLECTIVE PRIORITY`, `AMEMBASSY CAIRO IMMEDIATE`).
    private static func isEnvelopeLine(_ line: BodyLine) -> Bool {
        line.isBlank
            || (!line.text.contains(where: \.isASCIILower) && BlockMarker(line.text) == nil
                && !SentenceEnd.isComplete(line.text))
    }
}
