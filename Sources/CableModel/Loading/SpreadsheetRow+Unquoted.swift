extension SpreadsheetRow {
    /// Reads a row of the export that leaves its first fields unquoted and lets a field wrap onto the next lines
    /// (`74239,8/9/2006 14:00,06ALPHA123,"Embassy The` / `Alpha",CONFIDENTIAL,,"VZCZC...`), whose text comes in two
    /// quoted fields, the envelope and then the rest (`...PRIORITY","UNCLAS ALPHA 000123`); nil when the first line
    /// opens no such row.
    init?(unquoted lines: [ByteText]) {
        guard let first = lines.first, SpreadsheetRow.opensUnquotedRow(first),
            let text = SpreadsheetRow.unquotedTextStart(lines)
        else { return nil }
        fields = text.fields
        var row = Array(lines[text.line...])
        row[0] = row[0][text.index...]
        self.lines = SpreadsheetRow.closingText(SpreadsheetRow.splittingFields(row))
    }

    /// Whether `line` opens such a row: a row number, the date and time, and a cable id (two digits of the year,
    /// then a capital).
    static func opensUnquotedRow(_ line: ByteText) -> Bool {
        var cursor = line.startIndex
        func take(digits range: ClosedRange<Int>, then separator: UInt8?) -> Bool {
            let end = line.endOfDigits(from: cursor)
            guard range.contains(end - cursor) else { return false }
            cursor = end
            guard let separator else { return true }
            guard cursor < line.endIndex, line[cursor] == separator else { return false }
            cursor += 1
            return true
        }
        let row = take(digits: 1...9, then: ASCII.comma)
        let date = row && take(digits: 1...2, then: ASCII.slash) && take(digits: 1...2, then: ASCII.slash)
        let time = date && take(digits: 4...4, then: ASCII.space) && take(digits: 1...2, then: ASCII.colon)
        guard time, take(digits: 2...2, then: ASCII.comma), take(digits: 2...2, then: nil) else { return false }
        return cursor < line.endIndex && line[cursor].isASCIIUpper
    }

    /// The number that ends the cable id of a row `line` opens (`2481` of `66LIMA2481`).
    static func unquotedRowNumber(_ line: ByteText) -> Int? {
        guard opensUnquotedRow(line) else { return nil }
        let id = line.split(separator: ASCII.comma, maxSplits: 3, omittingEmptySubsequences: false)[2]
        let digits = id.reversed().prefix(while: \.isASCIIDigit)
        return digits.count < id.count ? id.integer(in: (id.endIndex - digits.count)..<id.endIndex) : nil
    }

    /// The six fields before the text, and where the text starts: the line, and the index past the quote that
    /// opens the seventh field. A quoted field may wrap; its line breaks read as spaces.
    private static func unquotedTextStart(_ lines: [ByteText]) -> (fields: [String], line: Int, index: Int)? {
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        for (number, line) in lines.prefix(prefixFields).enumerated() {
            for index in line.indices {
                switch line[index] {
                case ASCII.quote where fields.count == prefixFields && field.isEmpty && !quoted:
                    return (fields, number, index + 1)
                case ASCII.quote: quoted.toggle()
                case ASCII.comma where !quoted:
                    fields.append(field[...].string)
                    field = []
                default: field.append(line[index])
                }
            }
            if quoted { field.append(ASCII.space) }
        }
        return nil
    }

    /// The row's text with the boundary between its envelope field and the rest (`PRIORITY","UNCLAS`) made a
    /// blank line, so that the classification line opens a line of its own.
    private static func splittingFields(_ row: [ByteText]) -> [ByteText] {
        for (number, line) in row.enumerated() {
            guard let boundary = fieldBoundary(in: line) else { continue }
            let before = line[..<boundary]
            let after = line[(boundary + 3)...]
            return Array(row[..<number]) + [before, [][...], after] + row[(number + 1)...]
        }
        return row
    }

    /// `","` between two fields: a quote that no other quote precedes or follows (a doubled quote is text).
    private static func fieldBoundary(in line: ByteText) -> Int? {
        var from = line.startIndex
        while let found = line.firstIndex(ofIgnoringCase: "\",\"", from: from) {
            let alone = (found == line.startIndex || line[found - 1] != ASCII.quote)
            if alone, found + 3 == line.endIndex || line[found + 3] != ASCII.quote { return found }
            from = found + 1
        }
        return nil
    }
}
