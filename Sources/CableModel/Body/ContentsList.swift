/// A table of contents: a run of lines, one under the other, each opening with the next paragraph number and a
/// title (`1. Summary` / `2. (Region) Elections` / `3. Trade`), whose first entry is repeated below as the opening
/// of its paragraph. Its numbers list the paragraphs; they open none, so the run stays one block of lines.
enum ContentsList {
    /// The fewest entries a table of contents holds.
    private static let fewestEntries = 3
    /// The longest entry line: a title, not a paragraph.
    private static let longestEntry = 80

    /// Marks the entries of every table of contents in `lines`.
    static func mark(_ lines: inout [BodyLine]) {
        var index = lines.startIndex
        while index < lines.endIndex {
            let entries = run(in: lines, from: index)
            guard entries.count >= fewestEntries, isRepeated(lines[index], in: lines[entries.upperBound...]) else {
                index += 1
                continue
            }
            for entry in entries { lines[entry].isContentsEntry = true }
            index = entries.upperBound
        }
    }

    /// The lines from `start` that each open with the number after the one above, the first with any number.
    private static func run(in lines: [BodyLine], from start: Int) -> Range<Int> {
        guard let first = number(lines[start]) else { return start..<start }
        var end = start + 1
        while end < lines.endIndex, number(lines[end]) == first + (end - start) { end += 1 }
        return start..<end
    }

    /// The number a short line opens with.
    private static func number(_ line: BodyLine) -> Int? {
        guard line.text.trimmed.count <= longestEntry, let marker = BlockMarker(bodyLine: line.text),
            case .numbered(let literal, _) = marker.kind
        else { return nil }
        return literal
    }

    /// Whether a later line reads as `entry` does (the same number and title, whatever the spacing).
    private static func isRepeated(_ entry: BodyLine, in rest: ArraySlice<BodyLine>) -> Bool {
        let words = entry.text.words.map(Array.init)
        return rest.contains { $0.text.words.map(Array.init) == words }
    }
}
