/// Reads the figures (and ages) of one field of one unit, with their context: noun phrase, action, date, statute,
/// breakdown and categories.
struct FieldFigureReader {
    let text: TokenizedText
    let sentences: [Range<Int>]
    let mentions: [DateMention]
    let citations: [(statute: String, tokens: Range<Int>)]
    let offsets: ScalarOffsets
    /// The numbers this field names with a keyword or cites as statutes (`239` of `Article 239`).
    let referenceNumbers: Set<String>
    private let blocked: [Bool]

    init(_ value: String, citations: [CitedStatute]) {
        text = TokenizedText(value)
        offsets = ScalarOffsets(text.bytes)
        sentences = SentenceSplitter.sentences(of: text)
        let dates = DateReader.read(text)
        mentions = dates.mentions
        let cited = FieldFigureReader.tokenSpans(of: citations, in: text, offsets: offsets)
        self.citations = cited
        let references = ReferenceNumbers.markWithKeywords(text, sentences: sentences)
        var blocked = references.marked
        var referenceNumbers = references.keyworded
        for citation in cited {
            for index in citation.tokens where text.tokens[index].kind == .number {
                referenceNumbers.insert(text.text(of: index))
            }
        }
        self.referenceNumbers = referenceNumbers
        for index in blocked.indices where dates.isDate[index] { blocked[index] = true }
        for citation in cited {
            for index in citation.tokens { blocked[index] = true }
        }
        self.blocked = blocked
    }

    /// The figures and the ages of the field, in order. A bare number that the cable elsewhere names as a reference
    /// (`the 239 argument` after `Article 239`) is that reference again, unless a plural noun follows it.
    func read(references: Set<String> = [], rules: [FigureContextRule] = FieldFigureReader.contextRules)
        -> (figures: [FigureDraft], ages: [FigureDraft])
    {
        let candidates = CandidateFinder.find(text, sentences: sentences, blocked: blocked).filter {
            !isRepeatedReference($0.phrase, references)
        }
        var drafts = candidates.filter { !$0.isAge }.map { FigureDraft(candidate: $0) }
        let ages = candidates.filter(\.isAge).map { FigureDraft(candidate: $0) }
        for position in drafts.indices {
            drafts[position].countedNoun = CountedNounReader.read(
                text, after: drafts[position].phrase, in: sentences[drafts[position].sentence])
        }
        for position in drafts.indices { readContext(of: position, in: &drafts, rules: rules) }
        shareTrailingDates(&drafts)
        BreakdownLinker.link(&drafts, text: text, sentences: sentences)
        for position in drafts.indices { inheritFromWhole(position, in: &drafts) }
        return (drafts, ages)
    }

    /// The noun phrase, action, date, statute and categories of one draft, by the rows of `rules`; the drafts
    /// before it are done.
    private func readContext(
        of position: Int, in drafts: inout [FigureDraft], rules: [FigureContextRule]
    ) {
        let around = FigureNeighbourhood(position, in: drafts, sentences: sentences)
        for rule in rules { rule.read(self, around, &drafts) }
        let start = drafts[position].start
        drafts[position].leading = min(around.previousEnd ?? around.sentence.lowerBound, start)..<start
        drafts[position].trailing = min(drafts[position].end, around.clauseEnd)..<around.clauseEnd
    }

    private func isRepeatedReference(_ phrase: NumberPhrase, _ references: Set<String>) -> Bool {
        guard phrase.second == nil, phrase.qualifier == nil, phrase.currency == nil, !phrase.isPercent,
            phrase.first.isPlainDigits, references.contains(text.text(of: phrase.first.first))
        else { return false }
        let next = phrase.tokens.upperBound
        return
            !(next < text.count && text.tokens[next].kind == .word
            && CountedNounReader.isPluralHead(text.lowered[next]))
    }

    /// `assisted 150 female victims and 35 male victims in 2009`: a date after the last of figures that share one
    /// verb dates them all.
    private func shareTrailingDates(_ drafts: inout [FigureDraft]) {
        for position in drafts.indices.reversed().dropFirst() where drafts[position].period == nil {
            let next = drafts[position + 1]
            guard next.sharesPreviousAction, next.sentence == drafts[position].sentence, let period = next.period,
                period.tokens.lowerBound >= next.end
            else { continue }
            drafts[position].period = period
        }
    }

    /// A part without its own action or date takes its whole's; `80 of them` also takes its noun and categories.
    private func inheritFromWhole(_ position: Int, in drafts: inout [FigureDraft]) {
        guard let whole = drafts[position].partOf else { return }
        if drafts[position].countedNoun == nil, drafts[position].countsPartOfPronoun,
            let unit = drafts[whole].countedNoun
        {
            drafts[position].countedNoun = unit.inherited
            if drafts[position].categories.isEmpty { drafts[position].categories = drafts[whole].categories }
        }
        // NB: `sales of USD 1.4 billion, including eight submarines`: a count does not take the verb of an amount.
        if drafts[position].action == nil,
            drafts[whole].phrase.currency == nil || drafts[position].phrase.currency != nil
        {
            drafts[position].action = drafts[whole].action
        }
        if drafts[position].period == nil { drafts[position].period = drafts[whole].period }
        if drafts[position].statute == nil { drafts[position].statute = drafts[whole].statute }
    }

    /// Nouns that introduce what a later figure counts (`the number of victims … rose to 40`, `the total of`).
    static let numberOfWords: Set<String> = ["number", "total"]

    /// `the number of sexual trafficking victims may be around 100`: the noun after `number of` earlier in the sentence.
    func numberOfPhrase(before start: Int, in sentence: Range<Int>) -> CountedNoun? {
        var index = start - 1
        while index > sentence.lowerBound {
            if text.isWord(index, "of"), text.isWord(index - 1, in: FieldFigureReader.numberOfWords),
                var unit = CountedNounReader.nounPhrase(text, from: index + 1, in: sentence)
            {
                unit.source = .inherited
                return unit
            }
            index -= 1
        }
        return nil
    }

    /// `the number of victims identified rose from 40 …`, `Number of complaints received: … 14`: the verb right
    /// after the `number of` phrase, by the lexicon or as a past form.
    func numberOfAction(before start: Int, in sentence: Range<Int>) -> String? {
        guard let unit = numberOfPhrase(before: start, in: sentence), unit.tokens.upperBound < start,
            text.tokens[unit.tokens.upperBound].kind == .word
        else { return nil }
        let word = text.lowered[unit.tokens.upperBound]
        return ActionLexicon.action(ofVerb: word) ?? (ActionLexicon.isPastForm(word) ? word : nil)
    }

    /// The token spans of citations given as scalar ranges.
    private static func tokenSpans(of citations: [CitedStatute], in text: TokenizedText, offsets: ScalarOffsets)
        -> [(statute: String, tokens: Range<Int>)]
    {
        guard !citations.isEmpty else { return [] }
        let tokenScalars = text.tokens.map { offsets.scalars($0.start..<$0.end) }
        // NB: tokens are in text order, so a citation's first token is found by binary search; a scan of every
        // token for every citation cost citations × tokens.
        return citations.compactMap { citation in
            var low = 0
            var high = tokenScalars.count
            while low < high {
                let middle = (low + high) / 2
                if tokenScalars[middle].upperBound <= citation.range.lowerBound {
                    low = middle + 1
                } else {
                    high = middle
                }
            }
            var last: Int?
            var index = low
            while index < tokenScalars.count, tokenScalars[index].lowerBound < citation.range.upperBound {
                if tokenScalars[index].overlaps(citation.range) { last = index }
                index += 1
            }
            guard let last, tokenScalars[low].overlaps(citation.range) else { return nil }
            return (citation.statute, low..<(last + 1))
        }.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}
