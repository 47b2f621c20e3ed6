/// Links the parts of a breakdown to their whole: `47 victims, of whom 24 were adults and 23 minors`,
/// `51 officers …: 27 …; 13 …; and 11 …`, `Of the 73 applicants, 43 …`, `17 of the women`,
/// `3 shelters, two in Dushanbe (one for children …), and one in Khujand`.
enum BreakdownLinker {
    /// Sets `partOf` on the drafts of one field.
    static func link(_ drafts: inout [FigureDraft], text: TokenizedText, sentences: [Range<Int>]) {
        for (index, sentence) in sentences.enumerated() {
            let members = drafts.indices.filter { drafts[$0].sentence == index }
            guard !members.isEmpty else { continue }
            if let whole = openerWhole(drafts, members, text: text, sentence: sentence) {
                for member in members where member != whole && drafts[member].partOf == nil && member > whole {
                    drafts[member].partOf = whole
                }
            }
            linkAfterMarkers(&drafts, members, text: text, sentence: sentence)
            linkCoordinated(&drafts, members)
            ApposedParts.link(&drafts, members, text: text)
            linkCoordinated(&drafts, members)
        }
        for position in drafts.indices where drafts[position].partOf == nil {
            if let whole = partitiveWhole(drafts, position) { drafts[position].partOf = whole }
        }
        for index in sentences.indices {
            linkCoordinated(&drafts, drafts.indices.filter { drafts[$0].sentence == index })
        }
    }

    /// `17 of the women`, `two of these shelters`: the latest earlier figure counting that noun (or a broader one).
    private static func partitiveWhole(_ drafts: [FigureDraft], _ position: Int) -> Int? {
        guard let unit = drafts[position].unit, unit.source == .partitive else { return nil }
        return latestWhole(named: unit.head, before: position, in: drafts)
    }

    /// The latest figure before `position` whose noun is `head`, or the category that contains it.
    static func latestWhole(named head: String, before position: Int, in drafts: [FigureDraft]) -> Int? {
        let singular = Singular.of(head)
        // NB: a whole is more often a figure that is no part itself (`two of these shelters` are of the 3, not the 1).
        if let same = drafts[..<position].lastIndex(where: { $0.singularHead == singular && $0.partOf == nil }) {
            return same
        }
        if let same = drafts[..<position].lastIndex(where: { $0.singularHead == singular }) { return same }
        guard let category = FigureVocabulary.personCategories[head],
            let broader = FigureVocabulary.broaderCategory[category]
        else { return nil }
        return drafts[..<position].lastIndex { draft in
            draft.unit.flatMap { FigureVocabulary.personCategories[$0.head] } == broader
        }
    }

    /// `Of the 73 approved applicants in 2009, 43 …` (the figure inside the opener) or `Of the adults, 4 …`.
    private static func openerWhole(
        _ drafts: [FigureDraft], _ members: [Int], text: TokenizedText, sentence: Range<Int>
    ) -> Int? {
        let start = sentence.lowerBound
        guard text.isWord(start, "of"), text.isWord(start + 1, in: ["the", "these", "those", "them", "all"]) else {
            return nil
        }
        var comma = start + 2
        while comma < sentence.upperBound, !text.isSymbol(comma, ASCII.comma), comma < start + 14 { comma += 1 }
        guard text.isSymbol(comma, ASCII.comma) else { return nil }
        if let inside = members.first(where: { drafts[$0].start > start && drafts[$0].start < comma }) { return inside }
        guard let first = members.first,
            let noun = UnitPhraseReader.nounPhrase(text, from: start + 2, in: start..<comma)
        else { return nil }
        return latestWhole(named: noun.head, before: first, in: drafts)
    }

    /// After a figure, `, of whom`, `of which`, `including`, `among them` or a colon make the figures after it parts.
    private static func linkAfterMarkers(
        _ drafts: inout [FigureDraft], _ members: [Int], text: TokenizedText, sentence: Range<Int>
    ) {
        for (order, member) in members.enumerated() {
            let next = order + 1 < members.count ? drafts[members[order + 1]].start : sentence.upperBound
            guard next > drafts[member].end, hasMarker(text, from: drafts[member].end, to: next) else { continue }
            for later in members[(order + 1)...] where drafts[later].partOf == nil { drafts[later].partOf = member }
        }
    }

    private static func hasMarker(_ text: TokenizedText, from start: Int, to end: Int) -> Bool {
        var index = start
        while index < end {
            if text.isSymbol(index, ASCII.semicolon) { return false }
            if text.isSymbol(index, ASCII.colon) { return index - start <= 10 }
            if text.isWord(index, "of"), text.isWord(index + 1, in: ["whom", "which"]) { return true }
            if text.isWord(index, "including")
                || text.isWord(index, "among") && text.isWord(index + 1, in: ["them", "whom", "these"])
            {
                return true
            }
            index += 1
        }
        return false
    }

    /// `17 of the women were …, and 3 were …`: a figure without its own noun beside a part is a part of the same whole.
    private static func linkCoordinated(_ drafts: inout [FigureDraft], _ members: [Int]) {
        for (order, member) in members.enumerated() where order > 0 && drafts[member].partOf == nil {
            let previous = members[order - 1]
            let elided = drafts[member].unit == nil || drafts[member].unit?.source == .inherited
            if elided, let whole = drafts[previous].partOf { drafts[member].partOf = whole }
        }
    }
}
