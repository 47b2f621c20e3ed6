/// Reads the organisations a key–value table names: `Organization: Harbour Trust`, `Name of Organization: Harbour
/// Trust (HT).`, `Partner Organisation: Liga de Pescadores`.
///
/// The key is a capitalised `Organization` with a colon right after it; the value is the run of words that opens
/// with a capital, up to a parenthesis, a comma, a semicolon, a colon, a period or a line break, ending with its last
/// capitalised word (lower-case particles may stand inside it: `Liga de Pescadores`), and never with the key of the
/// next row (`Harbour Trust Name: ...`, rows joined into one line); a value without lower case
/// (a redaction, `XXXXXXXXXXXX`) is none.
struct TableOrganizationReader {
    /// The keys whose value is an organisation's name.
    static let keys: Set<String> = ["organization", "organisation"]
    /// The most words a value holds.
    static let widestName = 15
    /// What ends a value.
    static let stops: Set<Unicode.Scalar> = ["(", ",", ";", ":", ".", "\n"]

    let index: WordIndex

    /// The names in document order, as written.
    func names() -> [String] {
        var names: [String] = []
        for (field, tokens) in StatuteScanner.tokensByField(of: Array(TableOrganizationReader.keys), in: index) {
            let scalars = index.fields[Int(field)].scalars
            for token in tokens where index.shape(of: token).contains(.capitalized) {
                let colon = scalars.skippingSpaces(from: Int(index.tokens[Int(token)].end))
                guard colon < scalars.count, scalars[colon] == ":",
                    let start = scalars.nextWordStart(after: colon + 1), let end = valueEnd(from: start, in: scalars),
                    scalars[start..<end].contains(where: ScalarFolding.isLowercase)
                else { continue }
                names.append(scalars.string(start..<end))
            }
        }
        return names
    }

    /// Whether the name in `range` is a table's key (`Name of Organization:`), not an organisation.
    static func isKey(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        let colon = scalars.skippingSpaces(from: range.upperBound)
        guard colon < scalars.count, scalars[colon] == ":" else { return false }
        return keys.contains(scalars.lowercasedString(scalars.wordStart(before: range.upperBound)..<range.upperBound))
    }

    /// The end of the value that opens at `start`: after its last capitalised word before a stop.
    private func valueEnd(from start: Int, in scalars: [Unicode.Scalar]) -> Int? {
        guard ScalarFolding.isUppercase(scalars[start]) else { return nil }
        var position = start
        var end: Int?
        for _ in 0..<TableOrganizationReader.widestName {
            let wordEnd = scalars.wordEnd(from: position)
            guard wordEnd > position else { break }
            let after = scalars.skippingSpaces(from: wordEnd)
            // NB: rows joined into one line (`Harbour Trust Name: Jane Doe`): the word before a colon is the next key.
            let isNextKey = after < scalars.count && scalars[after] == ":"
            if ScalarFolding.isUppercase(scalars[position]), !isNextKey { end = wordEnd }
            guard after < scalars.count, !TableOrganizationReader.stops.contains(scalars[after]),
                let next = scalars.nextWordStart(after: wordEnd)
            else { break }
            position = next
        }
        return end
    }
}
