/// Site footers and redaction debris in the body, which are not the author's words: the
/// `Visit Embassy X's Classified Website: http://...` line and the boxes of asterisks around it (on lines of their own
/// or glued into a paragraph), and a line that holds only a redaction (`XXXXXXXXXXXX`).
enum FooterLines {
    /// Removes footers and debris from `lines`, keeping the text around a footer glued into a line.
    static func remove(from lines: inout [BodyLine]) {
        var kept: [BodyLine] = []
        kept.reserveCapacity(lines.count)
        var dropNextLink = false
        for var line in lines {
            if dropNextLink, startsWithLink(line.text) {
                dropNextLink = false
                continue
            }
            // NB: a blank line may stand between a footer's label and its link.
            if dropNextLink, line.isBlank {
                kept.append(line)
                continue
            }
            dropNextLink = false
            if let joined = FooterLines.joiningWrappedFooter(line, into: &kept) {
                dropNextLink = joined.linkFollows
                if joined.rest.isBlankLine { continue }
                line.text = joined.rest
            }
            if let footer = footerRange(in: line.text) {
                dropNextLink = footer.linkFollows
                line.text = FooterLines.joining(
                    line.text[..<footer.range.lowerBound], line.text[footer.range.upperBound...])
                if line.text.isBlankLine || isBareMarker(line.text) { continue }
            }
            if isDebris(line.text) { continue }
            kept.append(line)
        }
        lines = kept
    }

    /// `9.` left alone when a footer followed the paragraph number.
    private static func isBareMarker(_ text: ByteText) -> Bool {
        guard let marker = BlockMarker(text) else { return false }
        return marker.contentStart >= text.trimmed.endIndex
    }

    /// A line of asterisks (a footer's box), or of `X` only (a redacted line).
    static func isDebris(_ line: ByteText) -> Bool {
        let text = line.trimmed
        guard text.count >= 5 else { return false }
        if text.allSatisfy({ $0 == UInt8(ascii: "*") || $0.isBlank }) { return true }
        return text.count >= 8 && text.allSatisfy { $0 == UInt8(ascii: "X") }
    }

    /// The footer in a line, from `Visit` (and any asterisks before it) to past its link and the asterisks after;
    /// `linkFollows` when the line ends before the link, which then opens the next line.
    private static func footerRange(in line: ByteText) -> (range: Range<Int>, linkFollows: Bool)? {
        guard let label = line.firstIndex(ofIgnoringCase: "Classified Web") else { return nil }
        let lookBack = line[max(line.startIndex, label - 60)..<label]
        guard let visit = lookBack.lastIndex(ofIgnoringCase: "visit") else { return nil }
        var start = visit
        if start - 7 >= line.startIndex, line[(start - 7)..<start].hasPrefix(ignoringCase: "Please ") { start -= 7 }
        start = FooterLines.startOfStars(line, before: FooterLines.startOfLeadIn(line, before: start))
        var end = line.endOfLetters(from: label + 14)
        if line[end...].hasPrefix(ignoringCase: " Site") || line[end...].hasPrefix(ignoringCase: " Page") { end += 5 }
        end = skipping(line, from: end) { $0.isBlank || $0 == ASCII.colon }
        if opensWithAt(line[end...]) {
            end = skipping(line, from: end + 2) { $0.isBlank || $0 == ASCII.colon }
        }
        let linkFollows = end == line.endIndex
        end = skipping(line, from: end) { !$0.isBlank }
        end = skipping(line, from: end) { $0.isBlank || $0 == UInt8(ascii: "*") }
        // NB: what stands between two footers on one line (`ed Kingdom`) is the residue of the first one's link.
        let rest = line[end...]
        if let next = footerRange(in: rest), next.range.lowerBound - end <= residueLength,
            !SentenceEnd.isComplete(rest[..<next.range.lowerBound])
        {
            return (start..<next.range.upperBound, next.linkFollows)
        }
        return (start..<end, linkFollows)
    }

    /// How much text between two footers on one line is read as the first one's residue, in bytes.
    private static let residueLength = 24
    /// How long a clause that leads into a footer may be, in bytes.
    private static let leadInLength = 80

    /// Back over the clause that leads into a footer's `visit` (`To see more reporting from X, visit`, or an
    /// invitation of its own, `For more reporting, visit: http://...`): the text since the last sentence, box of
    /// asterisks or line start, when it ends with a comma or holds a `visit` too.
    private static func startOfLeadIn(_ line: ByteText, before visit: Int) -> Int {
        var start = visit
        while start > line.startIndex, visit - start <= leadInLength {
            let byte = line[start - 1]
            if byte == UInt8(ascii: "*") { break }
            if line[start].isBlank, byte == ASCII.period || byte == ASCII.question || byte == ASCII.exclamation {
                break
            }
            start -= 1
        }
        guard visit - start <= leadInLength, start < visit else { return visit }
        let clause = line[start..<visit].trimmed
        let leads = clause.last == ASCII.comma || clause.firstIndex(ofIgnoringCase: "visit") != nil
        return leads ? line.endOfBlanks(from: start) : visit
    }

    /// A footer whose label opens `line` while its `visit` ended the last line of text kept (`..., visit our` /
    /// `classified website at:`): that line loses the footer, and the rest of `line` after it is returned.
    private static func joiningWrappedFooter(_ line: BodyLine, into kept: inout [BodyLine])
        -> (rest: ByteText, linkFollows: Bool)?
    {
        let text = line.text.trimmed
        guard text.hasPrefix(ignoringCase: "classified web"),
            let previous = kept.lastIndex(where: { !$0.isBlank })
        else { return nil }
        let head = kept[previous].text.trimmedTrailing
        let joined = (Array(head) + [ASCII.space] + Array(text))[...]
        guard let footer = footerRange(in: joined), footer.range.lowerBound < head.count else { return nil }
        let before = joined[..<footer.range.lowerBound].trimmedTrailing
        if before.isBlankLine || isBareMarker(before) {
            kept.removeSubrange(previous...)
        } else {
            kept[previous].text = before
        }
        return (joined[footer.range.upperBound...], footer.linkFollows)
    }

    /// `at`, `at:` or `at ` opening the rest of a footer's line, before its link.
    private static func opensWithAt(_ rest: ByteText) -> Bool {
        guard rest.hasPrefix(ignoringCase: "at") else { return false }
        let after = rest.dropFirst(2).first
        return after == nil || after == ASCII.colon || after?.isBlank == true
    }

    /// The text before and after a footer, one space between them.
    private static func joining(_ before: ByteText, _ after: ByteText) -> ByteText {
        let head = before.trimmedTrailing
        let tail = after.trimmed
        if head.isEmpty || tail.isEmpty { return head.isEmpty ? tail : head }
        return (Array(head) + [ASCII.space] + Array(tail))[...]
    }

    /// Back over asterisks and blanks before `index`.
    private static func startOfStars(_ line: ByteText, before index: Int) -> Int {
        var start = index
        while start > line.startIndex, line[start - 1].isBlank || line[start - 1] == UInt8(ascii: "*") { start -= 1 }
        return start
    }

    private static func skipping(_ line: ByteText, from index: Int, while matches: (UInt8) -> Bool) -> Int {
        var end = index
        while end < line.endIndex, matches(line[end]) { end += 1 }
        return end
    }

    /// `http://...` or `www....` opening a short line: the link of a footer whose label ended the line before.
    private static func startsWithLink(_ line: ByteText) -> Bool {
        let text = line.trimmed
        return (text.hasPrefix(ignoringCase: "http") || text.hasPrefix(ignoringCase: "www.")) && text.words.count <= 2
    }
}

extension ArraySlice where Element == UInt8 {
    /// The last index of `needle`, comparing ASCII letters without regard to case.
    func lastIndex(ofIgnoringCase needle: String) -> Int? {
        var found: Int?
        var from = startIndex
        while let index = firstIndex(ofIgnoringCase: needle, from: from) {
            found = index
            from = index + 1
        }
        return found
    }
}
