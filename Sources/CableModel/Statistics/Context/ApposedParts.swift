/// Parts set beside their whole without a marker: `3 shelters …, two in Dushanbe (one for children and one for
/// adults), and one in Khujand`. A figure without its own noun right after a comma or bracket is a part of the
/// figure before it at the outer level, as long as the parts do not add up to more than the whole.
enum ApposedParts {
    static func link(_ drafts: inout [FigureDraft], _ members: [Int], text: TokenizedText) {
        var partsTotal: [Int: Double] = [:]
        for (order, member) in members.enumerated() where order > 0 && drafts[member].partOf == nil {
            let draft = drafts[member]
            let depth = bracketDepth(text, at: draft.start, from: drafts[members[0]].start)
            // NB: inside brackets, counts with nouns of their own are a breakdown too (`117 victims (85 female, 32 male)`).
            let elided = draft.countedNoun == nil || draft.countedNoun?.source == .inherited
            guard elided || (depth > 0 && !draft.phrase.first.isDecimal), !draft.phrase.isPercent,
                draft.phrase.currency == nil, draft.phrase.second == nil, let opener = opener(text, before: draft.start)
            else { continue }
            let outer = members[..<order].last {
                bracketDepth(text, at: drafts[$0].start, from: drafts[members[0]].start) < depth
            }
            let level = members[..<order].last {
                bracketDepth(text, at: drafts[$0].start, from: drafts[members[0]].start) == depth
            }
            var whole: Int?
            if opener == .bracket {
                whole = outer
            } else if let level {
                whole = drafts[level].partOf ?? level
            }
            guard let whole, whole != member, let total = drafts[whole].phrase.value, let value = draft.phrase.value
            else { continue }
            let sum = (partsTotal[whole] ?? 0) + value
            guard value < total, sum <= total else { continue }
            partsTotal[whole] = sum
            drafts[member].partOf = whole
        }
    }

    enum Opener { case comma, bracket }

    private static func opener(_ text: TokenizedText, before index: Int) -> Opener? {
        if text.isSymbol(index - 1, ASCII.openParen) { return .bracket }
        if text.isSymbol(index - 1, ASCII.comma) { return .comma }
        if text.isWord(index - 1, "and"), text.isSymbol(index - 2, ASCII.comma) { return .comma }
        return nil
    }

    /// How many brackets are open at `index`, counting from `start`.
    private static func bracketDepth(_ text: TokenizedText, at index: Int, from start: Int) -> Int {
        var depth = 0
        for position in start..<index {
            if text.isSymbol(position, ASCII.openParen) { depth += 1 }
            if text.isSymbol(position, ASCII.closeParen) { depth = max(0, depth - 1) }
        }
        return depth
    }
}
