/// Portion markings at the start of a paragraph: `(U)`, `(SBU)`, `(C)`, `(S/NF)`, `(U//FOUO)`.
enum PortionMarking {
    /// The level each marking names (`SBU` and `FOUO` are unclassified).
    private static let levels: [String: ClassificationLevel] = [
        "U": .unclassified, "SBU": .unclassified, "LOU": .unclassified, "FOUO": .unclassified, "CUI": .unclassified,
        "C": .confidential, "S": .secret, "TS": .topSecret,
    ]

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
        guard levels[level] != nil else { return nil }
        return (marking, end + 1)
    }

    /// The level a cable's highest portion marking gives it (`U` and `SBU`: `UNCLASSIFIED`, `C`, `S/NF`: `SECRET`,
    /// `TS`), or nil when no marking names a level. A cable is classified as its highest-classified portion.
    static func highestLevel(_ markings: [String]) -> String? {
        let named = markings.compactMap { $0.split(separator: "/").first.flatMap { levels[String($0)] } }
        return named.max()?.word
    }
}
