/// Finds the mentions of the REF line's telegrams in the text: `reftel`, `reftels`, `ref A`, `refs A and B`,
/// `reftels A through D`.
struct CitationScanner {
    let index: WordIndex
    let references: [CableReference]

    /// Every mention in document order.
    func citations() -> [CableCitation] {
        var found: [CableCitation] = []
        for (field, tokens) in StatuteScanner.tokensByField(of: Array(EnglishWords.cableReferenceWords), in: index) {
            let indexed = index.fields[Int(field)]
            let scalars = indexed.scalars
            for token in tokens {
                let word = index.tokens[Int(token)]
                let start = Int(word.start)
                let isReftel = index.term(of: token).starts(with: Array("reftel".utf8))
                let (labels, end) = readLabels(after: Int(word.end), in: scalars)
                guard isReftel || !labels.isEmpty else { continue }
                let cited = labels.isEmpty ? references : references.filter { labels.contains($0.label ?? "") }
                let span = TextSpan(unitID: index.unitIDs[Int(indexed.unit)], field: indexed.field, range: start..<end)
                found.append(CableCitation(span: span, text: scalars.string(span.range), references: cited))
            }
        }
        return found
    }

    /// Single-letter labels after the word: ` A`, ` A and B`, ` A through D`, ` A, B`.
    private func readLabels(after end: Int, in scalars: [Unicode.Scalar]) -> ([String], Int) {
        var labels: [String] = []
        var position = end
        var finished = end
        var range = false
        while let start = scalars.nextWordStart(after: position) ?? commaThenWord(after: position, in: scalars) {
            let wordEnd = scalars.wordEnd(from: start)
            if wordEnd == start + 1, scalars[start].isASCIIUppercase {
                let letter = String(scalars[start])
                if range, let last = labels.last?.unicodeScalars.first, scalars[start].value > last.value {
                    labels += (last.value + 1...scalars[start].value).compactMap(Unicode.Scalar.init).map { String($0) }
                } else {
                    labels.append(letter)
                }
                finished = wordEnd
                range = false
            } else if !labels.isEmpty, let word = scalars.word(at: start, oneOf: EnglishWords.listWords) {
                range = EnglishWords.rangeWords.contains(word.word)
            } else {
                break
            }
            position = wordEnd
        }
        return (labels, finished)
    }

    private func commaThenWord(after index: Int, in scalars: [Unicode.Scalar]) -> Int? {
        guard index < scalars.count, scalars[index] == "," else { return nil }
        return scalars.nextWordStart(after: index + 1)
    }
}
