/// Finds where each cable starts in a file that holds several: exports and dumps concatenate them, sometimes as
/// spreadsheet rows (`"1","12/28/1966 18:48","66BUENOSAIRES2481",...`) with a trailing `\` on every line.
enum CableSplitter {
    /// How many fields a spreadsheet row carries before the cable's text (id, date, cable id, origin,
    /// classification, references).
    private static let rowPrefixFields = 6

    /// The lines of each cable in `lines`; a file with one cable gives one.
    static func split(_ lines: [ByteText]) -> [[ByteText]] {
        pieces(lines).map(\.lines)
    }

    /// The lines of each cable in `lines` with the index of the line where it starts.
    static func pieces(_ lines: [ByteText]) -> [(startLine: Int, lines: [ByteText])] {
        var lines = lines
        if endsMostLinesWithBackslash(lines) { lines = lines.map(droppingTrailingBackslash) }
        let rowStarts = lines.indices.filter { rowPrefixEnd(lines[$0]) != nil }
        if !rowStarts.isEmpty {
            return zip(rowStarts, rows(lines, starts: rowStarts)).map { (startLine: $0, lines: $1) }
        }
        let starts = keepingStartsAfterBodies(messageStarts(lines), in: lines)
        guard starts.count > 1 else { return [(0, lines)] }
        var cables: [(startLine: Int, lines: [ByteText])] = []
        for (position, start) in starts.enumerated() {
            let from = position == 0 ? 0 : start
            let to = position + 1 < starts.count ? starts[position + 1] : lines.count
            cables.append((from, Array(lines[from..<to])))
        }
        return cables
    }

    /// Lines where a transmission starts: `VZCZC...`, or a date-time group followed by an FM line.
    private static func messageStarts(_ lines: [ByteText]) -> [Int] {
        var starts: [Int] = []
        for (index, line) in lines.enumerated() {
            let text = line.trimmed
            if text.hasPrefix(ignoringCase: "VZCZC") {
                starts.append(index)
            } else if DateTimeGroup.mightStandIn(text), DateTimeGroup(text.string) != nil,
                followedByOrigin(lines, after: index),
                !(starts.last.map { index - $0 <= 8 } ?? false)
            {
                starts.append(index)
            }
        }
        return starts
    }

    /// A transmission start begins a new cable only when a body came before it (at least two lines of prose since
    /// the last start kept); otherwise the text before it is a repeated header or a preface of the same cable (web
    /// pages printed the envelope twice).
    private static func keepingStartsAfterBodies(_ starts: [Int], in lines: [ByteText]) -> [Int] {
        var kept: [Int] = []
        var proseLines = 0
        var scanned = 0
        for start in starts {
            guard !kept.isEmpty else {
                kept.append(start)
                scanned = start
                continue
            }
            // NB: each line is looked at once; re-reading from the last kept start was quadratic in a file of
            // envelopes without bodies.
            while scanned < start, proseLines < 2 {
                if isProse(lines[scanned]) { proseLines += 1 }
                scanned += 1
            }
            if proseLines >= 2 {
                kept.append(start)
                proseLines = 0
                scanned = start
            }
        }
        return kept
    }

    /// A long line of running text in mixed case: part of a body, not of an envelope or header.
    private static func isProse(_ line: ByteText) -> Bool {
        let text = line.trimmed
        return text.count >= 40 && text.contains(where: \.isASCIILower) && text.contains(ASCII.space)
            && !text.hasPrefix(ignoringCase: "Classified By")
    }

    private static func followedByOrigin(_ lines: [ByteText], after index: Int) -> Bool {
        lines[(index + 1)...].prefix(3).contains { $0.trimmed.hasPrefix(ignoringCase: "FM ") }
    }

    /// Spreadsheet rows: each row's prefix fields are cut off, its quotes unescaped, its closing quote dropped.
    private static func rows(_ lines: [ByteText], starts: [Int]) -> [[ByteText]] {
        var cables: [[ByteText]] = []
        for (position, start) in starts.enumerated() {
            let end = position + 1 < starts.count ? starts[position + 1] : lines.count
            var row: [ByteText] = []
            for index in start..<end {
                var line = lines[index]
                if index == start, let prefixEnd = rowPrefixEnd(line) { line = line[prefixEnd...] }
                row.append(unescapingQuotes(line))
            }
            if let last = row.indices.last(where: { !row[$0].isBlankLine }) {
                var text = row[last].trimmedTrailing
                if text.last == ASCII.quote { text = text.dropLast() }
                row[last] = text
            }
            cables.append(row)
        }
        return cables
    }

    /// `"123","12/28/1966 18:48","66BUENOSAIRES2481","Embassy Buenos Aires","UNCLASSIFIED","",` — the index just
    /// past the row's prefix fields, or nil when the line does not open a row.
    static func rowPrefixEnd(_ line: ByteText) -> Int? {
        var index = line.startIndex
        if index < line.endIndex, line[index] == ASCII.quote { index += 1 }
        let digitsEnd = line.endOfDigits(from: index)
        guard digitsEnd > index, digitsEnd - index <= 9 else { return nil }
        var cursor = digitsEnd
        if cursor < line.endIndex, line[cursor] == ASCII.quote { cursor += 1 }
        for _ in 1..<rowPrefixFields {
            guard cursor + 1 < line.endIndex, line[cursor] == ASCII.comma, line[cursor + 1] == ASCII.quote,
                let close = closingQuote(line, from: cursor + 2)
            else { return nil }
            cursor = close + 1
        }
        guard cursor + 1 < line.endIndex, line[cursor] == ASCII.comma, line[cursor + 1] == ASCII.quote else {
            return nil
        }
        return cursor + 2
    }

    /// The index of the quote that closes a field opened before `index` (a doubled quote is an escaped one).
    private static func closingQuote(_ line: ByteText, from index: Int) -> Int? {
        var cursor = index
        while cursor < line.endIndex {
            if line[cursor] == ASCII.quote {
                if cursor + 1 < line.endIndex, line[cursor + 1] == ASCII.quote {
                    cursor += 2
                    continue
                }
                return cursor
            }
            cursor += 1
        }
        return nil
    }

    private static func unescapingQuotes(_ line: ByteText) -> ByteText {
        guard line.count >= 2, line.firstIndex(of: ASCII.quote) != nil else { return line }
        var output: [UInt8] = []
        output.reserveCapacity(line.count)
        var index = line.startIndex
        while index < line.endIndex {
            output.append(line[index])
            if line[index] == ASCII.quote, index + 1 < line.endIndex, line[index + 1] == ASCII.quote { index += 1 }
            index += 1
        }
        return output[...]
    }

    private static func endsMostLinesWithBackslash(_ lines: [ByteText]) -> Bool {
        var filled = 0
        var backslashed = 0
        for line in lines {
            let text = line.trimmedTrailing
            guard !text.isEmpty else { continue }
            filled += 1
            if text.last == ASCII.backslash { backslashed += 1 }
        }
        return filled >= 3 && backslashed * 2 > filled
    }

    private static func droppingTrailingBackslash(_ line: ByteText) -> ByteText {
        let text = line.trimmedTrailing
        return text.last == ASCII.backslash ? text.dropLast() : line
    }
}
