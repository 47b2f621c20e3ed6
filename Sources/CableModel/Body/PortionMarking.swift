/// Portion markings at the start of a paragraph: `(U)`, `(SBU)`, `(C)`, `(S/NF)`, `(U//FOUO)`.
enum PortionMarking {
    private static let levels: Set<String> = ["U", "C", "S", "SBU", "TS", "LOU", "FOUO", "CUI"]

    /// Reads a marking that starts at `index`; returns it without parentheses and the index past the `)`.
    static func read(_ text: ByteText, at index: Int) -> (marking: String, end: Int)? {
        guard index < text.endIndex, text[index] == ASCII.openParen else { return nil }
        var end = index + 1
        var sawSlash = false
        // NB: after a slash a release list may follow: `(C/REL LIBYA)`, `(S/REL TO USA, GBR)`.
        while end < text.endIndex, end - index <= 32 {
            let byte = text[end]
            if byte == ASCII.slash { sawSlash = true }
            guard byte.isASCIIUpper || byte == ASCII.slash || (sawSlash && (byte == ASCII.space || byte == ASCII.comma))
            else { break }
            end += 1
        }
        guard end < text.endIndex, text[end] == ASCII.closeParen, end > index + 1 else { return nil }
        let marking = text[(index + 1)..<end].string
        let level = marking.split(separator: "/").first.map(String.init) ?? ""
        guard levels.contains(level) else { return nil }
        return (marking, end + 1)
    }

    /// The level a cable's highest portion marking gives it (`U` and `SBU`: `UNCLASSIFIED`, `C`, `S/NF`: `SECRET`,
    /// `TS`), or nil when no marking names a level. A cable is classified as its highest-classified portion.
    static func highestLevel(_ markings: [String]) -> String? {
        let ranks = markings.compactMap { marking in
            marking.split(separator: "/").first.flatMap { rankedLevels.firstIndex(of: levelNames[String($0)] ?? "") }
        }
        return ranks.max().map { rankedLevels[$0] }
    }

    private static let rankedLevels = ["UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "TOP SECRET"]
    private static let levelNames = [
        "U": "UNCLASSIFIED", "SBU": "UNCLASSIFIED", "LOU": "UNCLASSIFIED", "FOUO": "UNCLASSIFIED",
        "CUI": "UNCLASSIFIED",
        "C": "CONFIDENTIAL", "S": "SECRET", "TS": "TOP SECRET",
    ]
}
