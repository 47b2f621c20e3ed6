/// Portion markings at the start of a paragraph: `(U)`, `(SBU)`, `(C)`, `(S/NF)`, `(U//FOUO)`.
enum PortionMarking {
    private static let levels: Set<String> = ["U", "C", "S", "SBU", "TS", "LOU", "FOUO", "CUI"]

    /// Reads a marking that starts at `index`; returns it without parentheses and the index past the `)`.
    static func read(_ text: ByteText, at index: Int) -> (marking: String, end: Int)? {
        guard index < text.endIndex, text[index] == ASCII.openParen else { return nil }
        var end = index + 1
        while end < text.endIndex, end - index <= 16, text[end].isASCIIUpper || text[end] == ASCII.slash {
            end += 1
        }
        guard end < text.endIndex, text[end] == ASCII.closeParen, end > index + 1 else { return nil }
        let marking = text[(index + 1)..<end].string
        let level = marking.split(separator: "/").first.map(String.init) ?? ""
        guard levels.contains(level) else { return nil }
        return (marking, end + 1)
    }
}
