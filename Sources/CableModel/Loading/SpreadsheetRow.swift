/// A cable exported as a spreadsheet row: `"123","12/28/1966 18:48","66LIMA1234","Embassy Lima",
/// "UNCLASSIFIED","",` and then the cable's text in one quoted field, its quotes doubled, often with a trailing `\`
/// on every line.
struct SpreadsheetRow {
    /// How many fields a row carries before the cable's text (row number, date, cable id, origin, classification,
    /// references).
    static let prefixFields = 6

    /// The row's fields before the text, unquoted.
    var fields: [String]
    /// The cable's lines: prefix cut off, quotes unescaped, trailing `\` and the closing quote dropped.
    var lines: [ByteText]

    /// The cable id the row gives (`66LIMA1234`), where it has the shape of one.
    var cableID: String? { field(2) }
    /// The classification the row gives (`UNCLASSIFIED`).
    var classification: String? { field(4) }

    /// The number at the end of the row's cable id (`2481`).
    var number: Int? {
        guard let id = cableID else { return nil }
        let digits = id.reversed().prefix(while: \.isASCIIDigitCharacter)
        return digits.isEmpty || digits.count == id.count ? nil : Int(String(digits.reversed()))
    }

    /// Fills what the cable's own header leaves out (id, classification, number) from the row's columns.
    func fill(_ header: inout Header) {
        if header.id == nil { header.id = cableID }
        if header.classification == nil { header.classification = classification?.uppercased() }
        if header.number == nil { header.number = number }
    }

    private func field(_ position: Int) -> String? {
        guard position < fields.count else { return nil }
        let value = fields[position].trimmingBlanks()
        return value.isEmpty ? nil : value
    }

    /// Reads a row from a cable's lines, or returns nil when the first line does not open a row.
    init?(_ lines: [ByteText]) {
        guard let first = lines.first, let prefixEnd = SpreadsheetRow.prefixEnd(first) else { return nil }
        fields = SpreadsheetRow.fields(first[..<prefixEnd])
        var row = lines.map(BackslashLines.dropping)
        row[0] = row[0][prefixEnd...]
        self.lines = SpreadsheetRow.closingText(row)
    }

    /// The row's text lines with quotes unescaped and the quote that closes the last field dropped.
    static func closingText(_ lines: [ByteText]) -> [ByteText] {
        var row = lines.map(SpreadsheetRow.unescapingQuotes)
        if let last = row.indices.last(where: { !row[$0].isBlankLine }) {
            var text = row[last].trimmedTrailing
            if text.last == ASCII.quote { text = text.dropLast() }
            row[last] = text
        }
        return row
    }

    /// The index just past the row's prefix fields (at the text's opening quote's end), or nil when the line does
    /// not open a row.
    static func prefixEnd(_ line: ByteText) -> Int? {
        var index = line.startIndex
        if index < line.endIndex, line[index] == ASCII.quote { index += 1 }
        let digitsEnd = line.endOfDigits(from: index)
        guard digitsEnd > index, digitsEnd - index <= 9 else { return nil }
        var cursor = digitsEnd
        if cursor < line.endIndex, line[cursor] == ASCII.quote { cursor += 1 }
        for _ in 1..<prefixFields {
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

    /// The fields of a row's prefix, without their quotes and separating commas.
    private static func fields(_ prefix: ByteText) -> [String] {
        var fields: [String] = []
        var cursor = prefix.startIndex
        while cursor < prefix.endIndex {
            if prefix[cursor] == ASCII.quote, let close = closingQuote(prefix, from: cursor + 1) {
                fields.append(unescapingQuotes(prefix[(cursor + 1)..<close]).string)
                cursor = close + 1
            } else {
                var end = cursor
                while end < prefix.endIndex, prefix[end] != ASCII.comma { end += 1 }
                if end > cursor { fields.append(prefix[cursor..<end].string) }
                cursor = end
            }
            if cursor < prefix.endIndex, prefix[cursor] == ASCII.comma { cursor += 1 }
        }
        return fields
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

    static func unescapingQuotes(_ line: ByteText) -> ByteText {
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
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingBlanks() -> String {
        Array(utf8)[...].trimmed.string
    }
}
