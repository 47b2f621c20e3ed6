/// Tells whether a paragraph reference points into another document: `reftel para 5`, `ref A para 3`,
/// `para 5 of reftel`, `para 3 of reftel B`, `paragraph 2 of UNSCR 1737`; and resolves `reftel`/`ref A` to the REF
/// line.
struct ReferencedDocument {
    let scalars: [Unicode.Scalar]
    let references: [CableReference]

    /// The other document a reference from `keyword` to `end` points into, and the span including its name;
    /// nil target for this cable.
    func locate(keyword: Range<Int>, end: Int) -> (target: CrossReference.Target?, span: Range<Int>) {
        if let (target, start) = documentBefore(keyword.lowerBound) { return (target, start..<end) }
        if let (target, documentEnd) = documentAfter(end) { return (target, keyword.lowerBound..<documentEnd) }
        return (nil, keyword.lowerBound..<end)
    }

    /// Prepositions that tie a list of paragraphs to the document they belong to (`para 5 of reftel`).
    static let documentPrepositions: Set<String> = ["of", "in"]

    /// Words after `of` that say the paragraphs are this cable's own (`para 5 of this cable`).
    static let thisCableWords: Set<String> = ["this", "cable", "message", "telegram", "our"]

    /// `reftel`, `ref A` or `REF B,` just before the keyword.
    private func documentBefore(_ start: Int) -> (CrossReference.Target, Int)? {
        var end = scalars.skippingSpacesBackward(from: start)
        if end > 0, scalars[end - 1] == "," { end = scalars.skippingSpacesBackward(from: end - 1) }
        guard end > 0, ScalarFolding.isWordScalar(scalars[end - 1]) else { return nil }
        let wordStart = scalars.wordStart(before: end)
        if let reftel = scalars.word(at: wordStart, oneOf: EnglishWords.reftelWords), reftel.end == end {
            return (target(label: nil), wordStart)
        }
        guard end - wordStart == 1, let previous = scalars.previousWordStart(before: wordStart),
            scalars.word(at: previous, oneOf: EnglishWords.cableLabelWords) != nil
        else { return nil }
        return (target(label: String(scalars[wordStart]).uppercased()), previous)
    }

    /// `of reftel`, `in ref A`, `of UNSCR 1737`, `of the resolution` just after the list; nil for this cable
    /// (`of this cable`, `above`, `below`).
    private func documentAfter(_ end: Int) -> (CrossReference.Target, Int)? {
        let start = scalars.skippingSpaces(from: end)
        guard let of = scalars.word(at: start, oneOf: ReferencedDocument.documentPrepositions),
            var position = scalars.nextWordStart(after: of.end)
        else { return nil }
        if let the = scalars.word(at: position, oneOf: ["the"]), let next = scalars.nextWordStart(after: the.end) {
            position = next
        }
        if let cable = cable(at: position) { return cable }
        if of.word == "in" || scalars.word(at: position, oneOf: ReferencedDocument.thisCableWords) != nil {
            return nil
        }
        return namedDocument(at: position)
    }

    /// `reftel`, `ref A`, `reftel B` at `start`: the REF line's cable and where its name ends.
    private func cable(at start: Int) -> (CrossReference.Target, Int)? {
        guard let ref = scalars.word(at: start, oneOf: EnglishWords.cableLabelWords) else { return nil }
        guard let label = scalars.nextWordStart(after: ref.end), scalars.wordEnd(from: label) == label + 1,
            ScalarFolding.isLetter(scalars[label])
        else { return (target(label: nil), ref.end) }
        let letter = String(scalars[label]).uppercased()
        // NB: after `reftel` a lone letter is a label only when the REF line has it (`of reftel I noted`).
        guard !EnglishWords.reftelWords.contains(ref.word) || references.contains(where: { $0.label == letter }) else {
            return (target(label: nil), ref.end)
        }
        return (target(label: letter), label + 1)
    }

    /// A document named by capitalised words and numbers (`UNSCR 1737`), or one or two lower-case words
    /// (`the resolution`).
    private func namedDocument(at start: Int) -> (CrossReference.Target, Int)? {
        var end = start
        var words = 0
        var position: Int? = start
        let capitalized = ScalarFolding.isUppercase(scalars[start]) || scalars[start].isASCIIDigit
        while let current = position, words < (capitalized ? 6 : 2) {
            let wordEnd = scalars.wordEnd(from: current)
            let first = scalars[current]
            guard wordEnd > current, !capitalized || ScalarFolding.isUppercase(first) || first.isASCIIDigit else {
                break
            }
            end = wordEnd
            words += 1
            position = scalars.nextWordStart(after: wordEnd)
        }
        guard words > 0 else { return nil }
        return (.otherDocument(name: scalars.string(start..<end), cableID: nil), end)
    }

    /// The REF line's reference for a label (`A`), or the only reference for a bare `reftel`.
    private func target(label: String?) -> CrossReference.Target {
        if let label {
            let reference = references.first { $0.label == label }
            return .otherDocument(name: "ref " + label, cableID: reference?.cableID)
        }
        return .otherDocument(name: "reftel", cableID: references.count == 1 ? references[0].cableID : nil)
    }
}
