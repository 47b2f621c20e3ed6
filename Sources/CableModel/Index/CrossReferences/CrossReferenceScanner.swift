/// Finds references to paragraphs and mentions of the REF line's telegrams in a cable's texts.
struct CrossReferenceScanner {
    let index: WordIndex
    let references: [CableReference]
    /// Scalar ranges of statute mentions by field, where `paragraph` is a subdivision, not a cross-reference.
    let statuteRanges: [[Range<Int>]]

    private static let keywords = ["paragraph", "paragraphs", "para", "paras"]

    /// Every paragraph reference in document order.
    func crossReferences() -> [CrossReference] {
        let unitIDs = Set(index.unitIDs)
        let lastParagraph = unitIDs.compactMap { Int($0) }.max()
        var found: [CrossReference] = []
        for (field, tokens) in StatuteScanner.tokensByField(of: CrossReferenceScanner.keywords, in: index) {
            let indexed = index.fields[Int(field)]
            let scalars = indexed.scalars
            let reader = ParagraphListReader(scalars: scalars, unitExists: { unitIDs.contains($0) })
            var readUpTo = 0
            for token in tokens {
                let word = index.tokens[Int(token)]
                let keyword = Int(word.start)..<Int(word.end)
                guard keyword.lowerBound >= readUpTo,
                    !statuteRanges[Int(field)].contains(where: { $0.overlaps(keyword) })
                else { continue }
                var start = keyword.upperBound
                if start < scalars.count, scalars[start] == "." { start += 1 }
                guard let list = reader.read(at: scalars.skippingSpaces(from: start)) else { continue }
                readUpTo = list.end
                let document = ReferencedDocument(scalars: scalars, references: references)
                let (target, range) = document.locate(keyword: keyword, end: list.end)
                let span = TextSpan(unitID: index.unitIDs[Int(indexed.unit)], field: indexed.field, range: range)
                // NB: an open range (`5-end`) runs to the end of the document it names, which is this cable's
                // last paragraph only when it names no other.
                let paragraphs =
                    target == nil ? list.paragraphs(upTo: lastParagraph) : list.paragraphsOfAnotherDocument
                for paragraph in paragraphs {
                    let resolved: CrossReference.Target =
                        target ?? CrossReferenceScanner.resolve(paragraph, in: unitIDs)
                    found.append(
                        CrossReference(
                            span: span, text: scalars.string(span.range), paragraph: paragraph.id, target: resolved))
                }
            }
        }
        return found
    }

    /// The unit a paragraph of this cable names: `26.B` when it exists, else its paragraph `26` (an item the outline
    /// did not split off, such as `paragraph 34(e)`), else unresolved.
    static func resolve(_ paragraph: ParagraphListReader.Paragraph, in unitIDs: Set<String>) -> CrossReference.Target {
        if unitIDs.contains(paragraph.id) { return .unit(paragraph.id) }
        if paragraph.letter != nil, unitIDs.contains("\(paragraph.number)") { return .unit("\(paragraph.number)") }
        return .unresolved
    }
}
