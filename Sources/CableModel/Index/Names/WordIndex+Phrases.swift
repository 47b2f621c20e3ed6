extension WordIndex {
    /// How the words of a name must be written to count as a mention.
    enum Spelling {
        /// Exactly so, diacritics aside: acronyms (`OSCE`), mixed-case terms (`EmbOffs`).
        case exactCase
        /// In any case: lower-case terms (`reftel`).
        case anyCase
        /// In any case, the first word capitalised: names.
        case capitalized
    }

    /// The places where `words` (a name's words) are written one after another in a field.
    func occurrences(of words: [String], spelling: Spelling) -> [(first: Int32, last: Int32)] {
        occurrences(ofFolded: WordIndex.fold(words, spelling: spelling), spelling: spelling)
    }

    /// The places where the words of `name` are written one after another in a field.
    func occurrences(of name: String, spelling: Spelling) -> [(first: Int32, last: Int32)] {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else {
            return occurrences(of: WordScanner.words(of: name), spelling: spelling)
        }
        let words = name.utf8.split(whereSeparator: { !$0.isASCIIAlphanumeric }).map { word in
            spelling == .exactCase ? Array(word) : word.map { $0.isASCIIUpper ? $0 + 0x20 : $0 }
        }
        return occurrences(ofFolded: words, spelling: spelling)
    }

    /// The words folded as `spelling` compares them: diacritics removed, lowered unless case must match.
    static func fold(_ words: [String], spelling: Spelling) -> [[UInt8]] {
        words.map { word in
            var bytes: [UInt8] = []
            for scalar in word.unicodeScalars {
                if spelling == .exactCase {
                    ScalarFolding.appendKeepingCase(scalar, to: &bytes)
                } else {
                    ScalarFolding.appendLowered(scalar, to: &bytes)
                }
            }
            return bytes
        }
    }

    /// `occurrences(of:spelling:)` for words already folded by `fold(_:spelling:)`.
    func occurrences(ofFolded words: [[UInt8]], spelling: Spelling) -> [(first: Int32, last: Int32)] {
        let exactCase = spelling == .exactCase
        var ids: [Int32] = []
        for bytes in words {
            guard let id = exactCase ? variants.id(of: bytes) : terms.id(of: bytes) else { return [] }
            ids.append(id)
        }
        guard let first = ids.first else { return [] }
        let candidates = exactCase ? byVariant.tokens(of: first) : byTerm.tokens(of: first)
        var found: [(first: Int32, last: Int32)] = []
        candidates: for token in candidates {
            if spelling == .capitalized, !shape(of: token).contains(.capitalized) { continue }
            for offset in 1..<ids.count {
                let next = token + Int32(offset)
                guard isAdjacent(token, next) else { continue candidates }
                let word = tokens[Int(next)]
                guard (exactCase ? word.variant : termID(of: word)) == ids[offset] else { continue candidates }
            }
            found.append((token, token + Int32(ids.count) - 1))
        }
        return found
    }

    /// The span of tokens `first` through `last`.
    func span(_ first: Int32, _ last: Int32) -> TextSpan {
        let word = tokens[Int(first)]
        let field = fields[Int(word.field)]
        return TextSpan(
            unitID: unitIDs[Int(field.unit)], field: field.field, range: Int(word.start)..<Int(tokens[Int(last)].end))
    }

    /// Whether the cable ever writes this token's word in lower case (so a capitalised copy may just open a sentence).
    func hasLowercaseSpelling(_ token: Int32) -> Bool {
        let term = termID(of: tokens[Int(token)])
        guard let lowered = variants.id(of: Array(terms.key(term))) else { return false }
        return byVariant.count(of: lowered) > 0
    }

    /// Whether the text writes this term with its marks as given (`U.A.E.`, not `U A E`).
    func writes(_ term: String) -> Bool {
        let wanted = Array(term.unicodeScalars)
        return occurrences(of: term, spelling: .exactCase).contains { first, last in
            let word = tokens[Int(first)]
            let scalars = fields[Int(word.field)].scalars
            let start = Int(word.start)
            return start + wanted.count <= scalars.count && scalars[start..<start + wanted.count].elementsEqual(wanted)
        }
    }
}
