/// Splits the REF field into references and reads cable ids from them.
///
/// `A. STATE 1234 B. 09 MOSCOW 567`, `(A) STATE 165022 (B) MOSCOW 11500`, `A) MADRID 3552; B) BRUSSELS 4080`,
/// `STATE 2094`, `05 NEW DELHI 8782`, `¶B. BISHKEK 85` (a letter the web conversion turned into a paragraph mark),
/// `REF A: VATICAN 5286; REF B: ...`. A reference that names no cable (an e-mail, a meeting) keeps its text and
/// no id; one that names several (`LIMA 120 AND 135`) gives one reference per cable.
struct ReferenceParser {
    /// Reads the cable citations of one reference.
    let citations: CitationReader

    /// The references in `text`.
    func parse(_ text: String) -> [CableReference] {
        var references: [CableReference] = []
        for item in ReferenceParser.items(in: text) {
            let itemText = item.words.joined(separator: " ")
            guard !itemText.isEmpty else { continue }
            let ids = citations.cableIDs(in: item.words)
            if ids.isEmpty {
                references.append(CableReference(label: item.label, text: itemText, cableID: nil))
            }
            for id in ids { references.append(CableReference(label: item.label, text: itemText, cableID: id)) }
        }
        return references
    }

    /// The text cut at its labels; the words `REF`, `REFS`, `REFTEL` repeated inside the list are dropped.
    static func items(in text: String) -> [(label: String?, words: [Substring])] {
        var items: [(label: String?, words: [Substring])] = []
        var label: String?
        var words: [Substring] = []
        var afterReferenceWord = true
        // NB: `11676;B) ANKARA`: a separator glued to the next label.
        let spaced = text.replacingAll(";", with: "; ")
        for rawWord in spaced.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            let alone =
                (afterReferenceWord && words.isEmpty)
                || (words.last?.last?.isNumber == true && rawWord == ReferenceParser.letter(after: label))
            let split = ReferenceParser.label(rawWord, alone: alone)
            afterReferenceWord = ReferenceParser.isReferenceWord(rawWord)
            if afterReferenceWord { continue }
            if let letter = split.label {
                if !words.isEmpty { items.append((label, words)) }
                label = letter
                words = []
            }
            if let rest = split.rest, !rest.isEmpty { words.append(rest) }
        }
        if !words.isEmpty { items.append((label, words)) }
        return items
    }

    /// The label letter that follows `label` (`B` after `A`; `A` at the start).
    static func letter(after label: String?) -> Substring? {
        guard let label else { return "A" }
        guard label.count == 1, let code = label.unicodeScalars.first?.value, code < 0x5A,
            let next = Unicode.Scalar(code + 1)
        else { return nil }
        return Substring(String(next))
    }

    /// `REF`, `REF:`, `Refs:`, `REFTEL`: the field's label written again inside the list.
    private static func isReferenceWord(_ word: Substring) -> Bool {
        let bare = word.uppercased().filter { $0 != ":" && $0 != "." }
        return bare == "REF" || bare == "REFS" || bare == "REFTEL" || bare == "REFTELS"
    }

    /// `A.`, `A)`, `(A)`, `¶A.`, `a.`, `A:`, and glued forms (`(A)STATE`, `A)Brasilia`): the letter and the rest of
    /// the word. A lone letter counts only right after a `REF` word (`REF A SECSTATE 1234`).
    private static func label(_ word: Substring, alone: Bool) -> (label: String?, rest: Substring?) {
        var letters = word
        if letters.hasPrefix("¶") { letters = letters.dropFirst() }
        let opened = letters.hasPrefix("(")
        if opened { letters = letters.dropFirst() }
        guard let letter = letters.first, letter.isASCII, letter.isLetter else { return (nil, word) }
        let after = letters.dropFirst()
        if after.isEmpty {
            return alone && !opened && letter.isUppercase ? (letter.uppercased(), nil) : (nil, word)
        }
        let mark = after.first!
        let closes = opened ? mark == ")" : (mark == "." || mark == ")" || mark == ":")
        guard closes else { return (nil, word) }
        let rest = after.dropFirst().drop(while: { $0 == "." || $0 == ":" })
        // NB: `U.S.` and `W.R.` are abbreviations, not a label glued to a word; `A.QUITO` is.
        if mark == ".", let next = rest.first, next.isLetter, rest.count < 3 || !rest.allSatisfy(\.isLetter) {
            return (nil, word)
        }
        return (letter.uppercased(), rest)
    }
}
