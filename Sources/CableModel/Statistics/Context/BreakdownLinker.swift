/// Links the parts of a breakdown to their whole: `47 victims, of whom 24 were adults and 23 minors`,
/// `51 officers …: 27 …; 13 …; and 11 …`, `Of the 73 applicants, 43 …`, `17 of the women`,
/// `3 shelters, two in Dushanbe (one for children …), and one in Khujand`.
enum BreakdownLinker {
    /// Sets `partOf` on the drafts of one field.
    static func link(_ drafts: inout [FigureDraft], text: TokenizedText, sentences: [Range<Int>]) {
        // NB: the drafts are grouped by sentence once; filtering all drafts for each sentence was quadratic.
        var membersBySentence = [[Int]](repeating: [], count: sentences.count)
        for position in drafts.indices { membersBySentence[drafts[position].sentence].append(position) }
        for (index, sentence) in sentences.enumerated() {
            let members = membersBySentence[index]
            guard !members.isEmpty else { continue }
            linkOpeners(&drafts, members, text: text, sentence: sentence)
            linkAfterMarkers(&drafts, members, text: text, sentence: sentence)
            linkCoordinated(&drafts, members)
            ApposedParts.link(&drafts, members, text: text)
            linkCoordinated(&drafts, members)
        }
        for position in drafts.indices where drafts[position].partOf == nil {
            if let whole = partitiveWhole(drafts, position) ?? pronounWhole(drafts, position) {
                drafts[position].partOf = whole
            }
        }
        for members in membersBySentence where !members.isEmpty { linkCoordinated(&drafts, members) }
    }

    /// `17 of the women`, `two of these shelters`: the latest earlier figure counting that noun (or a broader one).
    private static func partitiveWhole(_ drafts: [FigureDraft], _ position: Int) -> Int? {
        guard let unit = drafts[position].countedNoun, unit.source == .partitive else { return nil }
        return latestWhole(named: unit.head, before: position, in: drafts)
    }

    /// `identified 120 victims and referred 80 of them`: the figure just before, in the same or the previous sentence.
    private static func pronounWhole(_ drafts: [FigureDraft], _ position: Int) -> Int? {
        guard drafts[position].countsPartOfPronoun, position > 0,
            drafts[position].sentence - drafts[position - 1].sentence <= 1
        else { return nil }
        return position - 1
    }

    /// How many figures back a part looks for its whole. Real cables hold up to about 160 figures in all.
    ///
    /// NB: without a bound, a text of many `N of the …` parts and no whole costs the square of its figures.
    static let wholeSearchDepth = 1_000

    /// The latest figure before `position` (within `wholeSearchDepth`) whose noun is `head`, or the category that
    /// contains it.
    static func latestWhole(named head: String, before position: Int, in drafts: [FigureDraft]) -> Int? {
        let singular = Singular.of(head)
        let earlier = drafts[max(0, position - wholeSearchDepth)..<position]
        // NB: a whole is more often a figure that is no part itself (`two of these shelters` are of the 3, not the 1).
        if let same = earlier.lastIndex(where: { $0.singularHead == singular && $0.partOf == nil }) {
            return same
        }
        if let same = earlier.lastIndex(where: { $0.singularHead == singular }) { return same }
        guard let category = FigureVocabulary.personCategories[head],
            let broader = FigureVocabulary.broaderCategory[category]
        else { return nil }
        return earlier.lastIndex { draft in
            draft.countedNoun.flatMap { FigureVocabulary.personCategories[$0.head] } == broader
        }
    }

    /// `Of the 73 approved applicants in 2009, 43 …`, `Of the adults, 4 …`, `…; of these, 150 …`: a clause that opens
    /// with `of the …,` makes the figures of the clause parts of the figure it names.
    private static func linkOpeners(
        _ drafts: inout [FigureDraft], _ members: [Int], text: TokenizedText, sentence: Range<Int>
    ) {
        let clauseStarts = [sentence.lowerBound] + sentence.filter { text.isSymbol($0, ASCII.semicolon) }.map { $0 + 1 }
        for (order, start) in clauseStarts.enumerated() {
            guard text.isWord(start, "of"),
                text.isWord(start + 1, in: EnglishWords.partitiveOpeners)
            else { continue }
            var comma = start + 2
            while comma < sentence.upperBound, !text.isSymbol(comma, ASCII.comma), comma < start + 14 { comma += 1 }
            guard text.isSymbol(comma, ASCII.comma) else { continue }
            let clauseEnd = order + 1 < clauseStarts.count ? clauseStarts[order + 1] : sentence.upperBound
            let inClause = members.filter { drafts[$0].start > start && drafts[$0].start < clauseEnd }
            guard let firstInClause = inClause.first else { continue }
            var whole: Int?
            if drafts[firstInClause].start < comma {
                whole = firstInClause
            } else if let noun = CountedNounReader.nounPhrase(text, from: start + 2, in: start..<comma) {
                whole = latestWhole(named: noun.head, before: firstInClause, in: drafts)
            } else if firstInClause > 0 {
                // NB: `of these,` and `of them,` name the figure just before.
                whole = firstInClause - 1
            }
            guard let whole else { continue }
            for member in inClause where member != whole && member > whole && drafts[member].partOf == nil {
                drafts[member].partOf = whole
            }
        }
    }

    /// `, of whom`, `of which`, `including`, `among them` or a colon make the figures after them parts of the figure
    /// before them at the same bracket depth (`117 victims (85 female, 32 male), of whom 60 …` are of the 117).
    private static func linkAfterMarkers(
        _ drafts: inout [FigureDraft], _ members: [Int], text: TokenizedText, sentence: Range<Int>
    ) {
        var depth = 0
        for index in sentence {
            if text.isSymbol(index, ASCII.openParen) { depth += 1 }
            if text.isSymbol(index, ASCII.closeParen) { depth = max(0, depth - 1) }
            guard isMarker(text, at: index) else { continue }
            let before = members.filter { drafts[$0].end <= index + 1 && drafts[$0].start < index }
            guard let whole = before.last(where: { depthAt(text, drafts[$0].start, in: sentence) == depth }),
                !(drafts[whole].end..<index).contains(where: { text.isSymbol($0, ASCII.semicolon) })
            else { continue }
            if text.isSymbol(index, ASCII.colon), index - drafts[whole].end > 10 { continue }
            for later in members where drafts[later].start > index && drafts[later].partOf == nil {
                drafts[later].partOf = whole
            }
        }
    }

    private static func isMarker(_ text: TokenizedText, at index: Int) -> Bool {
        text.isSymbol(index, ASCII.colon)
            || (text.isWord(index, "of") && text.isWord(index + 1, in: EnglishWords.relativePronouns))
            || text.isWord(index, "including")
            || (text.isWord(index, "among") && text.isWord(index + 1, in: EnglishWords.partitivePronouns))
    }

    /// How many brackets are open at `index` within the sentence.
    static func depthAt(_ text: TokenizedText, _ index: Int, in sentence: Range<Int>) -> Int {
        var depth = 0
        for position in sentence.lowerBound..<index {
            if text.isSymbol(position, ASCII.openParen) { depth += 1 }
            if text.isSymbol(position, ASCII.closeParen) { depth = max(0, depth - 1) }
        }
        return depth
    }

    /// `17 of the women were …, and 3 were …`, `31 of the victims were …, and 12 were boys`: a figure without its own
    /// noun, or with a category after a copula, beside a part is a part of the same whole.
    private static func linkCoordinated(_ drafts: inout [FigureDraft], _ members: [Int]) {
        for (order, member) in members.enumerated() where order > 0 && drafts[member].partOf == nil {
            let previous = members[order - 1]
            let source = drafts[member].countedNoun?.source
            let elided = source == nil || source == .inherited || source == .predicate
            if elided, let whole = drafts[previous].partOf { drafts[member].partOf = whole }
        }
    }
}
