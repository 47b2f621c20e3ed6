import CableModel

/// A stand-in for the index's statute references in tests: `Article N` / `article N.N` / `Articles N, M and K`
/// found by a naive scan, each cited as its number.
enum TestStatuteLookup {
    static func lookup(for cable: Cable) -> StatuteLookup {
        var table: [String: [CitedStatute]] = [:]
        for unit in cable.units {
            for field in [CableModel.Unit.Field.heading, .text] {
                table["\(unit.id)|\(field.rawValue)"] = citations(in: unit.value(of: field))
            }
        }
        let frozen = table
        return StatuteLookup { unitID, field in frozen["\(unitID)|\(field.rawValue)"] ?? [] }
    }

    /// The numbers after `article`/`articles` (any case), and the numbers of the list that follows.
    static func citations(in text: String) -> [CitedStatute] {
        let scalars = Array(text.unicodeScalars)
        var citations: [CitedStatute] = []
        var index = 0
        while index < scalars.count {
            guard matchesWord(scalars, at: index, "article") else {
                index += 1
                continue
            }
            var cursor = index + 7
            if cursor < scalars.count, scalars[cursor] == "s" { cursor += 1 }
            var mentionStart = index
            while cursor < scalars.count {
                while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
                let start = cursor
                while cursor < scalars.count,
                    scalars[cursor].properties.numericType != nil
                        || (scalars[cursor] == "."
                            && cursor + 1 < scalars.count && scalars[cursor + 1].properties.numericType != nil)
                {
                    cursor += 1
                }
                guard cursor > start else { break }
                citations.append(
                    CitedStatute(
                        statute: String(String.UnicodeScalarView(scalars[start..<cursor])),
                        range: mentionStart..<cursor))
                guard let next = nextListItem(scalars, from: cursor) else { break }
                cursor = next
                mentionStart = next
            }
            index = max(index + 1, cursor)
        }
        return citations
    }

    private static func matchesWord(_ scalars: [Unicode.Scalar], at index: Int, _ word: String) -> Bool {
        let letters = Array(word.unicodeScalars)
        guard index + letters.count <= scalars.count else { return false }
        if index > 0, scalars[index - 1].properties.isAlphabetic { return false }
        for (offset, letter) in letters.enumerated()
        where String(scalars[index + offset]).lowercased() != String(letter) {
            return false
        }
        return true
    }

    /// The next number of the list, past a bracketed name and a separator (`(kidnapping), `, `, and `), or nil.
    private static func nextListItem(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var cursor = start
        while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
        if cursor < scalars.count, scalars[cursor] == "(" {
            while cursor < scalars.count, scalars[cursor] != ")" { cursor += 1 }
            cursor += 1
        }
        let rest = String(String.UnicodeScalarView(scalars[min(cursor, scalars.count)...]))
        for separator in [", and ", ", ", " and "] where rest.hasPrefix(separator) {
            let after = cursor + separator.unicodeScalars.count
            if after < scalars.count, scalars[after].properties.numericType != nil { return after }
        }
        return nil
    }
}
