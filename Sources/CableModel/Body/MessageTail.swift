/// The end of a message's transmission: `NNNN`, or the message's envelope printed again after its signature
/// (`VZCZC...`, routing, `DE` line, date-time group, addressees). From that line on the text is the tail of the
/// transmission, not the author's words, and it is cut off before the signature is read.
enum MessageTail {
    /// The most lines a tail holds: an envelope with a long list of addressees.
    private static let longestTail = 80

    /// Removes the tail from the end of `lines`, when the last lines are one.
    static func remove(from lines: inout [BodyLine]) {
        // NB: `NNNN` may stand before a repeated envelope; each is cut in turn, the later first.
        while let start = lines.lastIndex(where: opensTail), lines.endIndex - start <= longestTail,
            lines[(start + 1)...].allSatisfy(isEnvelopeLine)
        {
            lines.removeSubrange(start...)
        }
    }

    /// `NNNN`, or a start-of-message line (`VZCZCXRO1423`).
    private static func opensTail(_ line: BodyLine) -> Bool {
        let text = line.text.trimmed
        return text.elementsEqual("NNNN".utf8) || text.hasPrefix(ignoringCase: "VZCZC")
    }

    /// Blank, or a line in capitals that neither opens a paragraph nor ends a sentence (`O 281143Z FEB 06`,
    /// `RUEHXK/ARAB ISRAELI COLLECTIVE PRIORITY`, `AMEMBASSY CAIRO IMMEDIATE`).
    private static func isEnvelopeLine(_ line: BodyLine) -> Bool {
        line.isBlank
            || (!line.text.contains(where: \.isASCIILower) && BlockMarker(line.text) == nil
                && !SentenceEnd.isComplete(line.text))
    }
}
