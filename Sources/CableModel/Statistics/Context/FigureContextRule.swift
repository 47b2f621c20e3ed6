/// One way a figure's context is written, as a row of `FieldFigureReader.contextRules`: the part it reads, a
/// sentence of the form, the figure of that sentence it is about, and the rule.
///
/// NB: the rows run in the table's order for each figure, after the figures before it in the field are done; a row
/// may use what an earlier row read (the action of `the number of victims identified` needs the inherited noun).
struct FigureContextRule: Sendable {
    /// The part of a figure that a rule reads.
    enum Part: String, Sendable {
        case countedNoun, action, period, statute, categories, attribution
    }

    /// What the rule reads, in a few words; `FigureContextRuleTests` keys its expectations by it.
    let name: String
    /// The part it reads.
    let part: Part
    /// A sentence of the form, in our own words; the test reads it through the whole model.
    let example: String
    /// The figure of the example that the rule is about, as written (`25`).
    let figure: String
    /// The rule: reads the part of the figure at the neighbourhood's position.
    let read: @Sendable (FieldFigureReader, FigureNeighbourhood, inout [FigureDraft]) -> Void
}

/// Where one figure stands among the figures of its sentence: what the context rules look at around it.
struct FigureNeighbourhood {
    /// The figure's position in the field's drafts.
    let position: Int
    /// The tokens of its sentence.
    let sentence: Range<Int>
    /// The figure before it in the same sentence, if any.
    let previous: Int?
    /// The first token past the figure before it in the same sentence.
    let previousEnd: Int?
    /// The first token of the figure after it in the same sentence.
    let nextStart: Int?

    /// Where figure `position` of `drafts` stands in `sentences`.
    init(_ position: Int, in drafts: [FigureDraft], sentences: [Range<Int>]) {
        let draft = drafts[position]
        self.position = position
        sentence = sentences[draft.sentence]
        previous = position > 0 && drafts[position - 1].sentence == draft.sentence ? position - 1 : nil
        let next = position + 1 < drafts.count && drafts[position + 1].sentence == draft.sentence ? position + 1 : nil
        previousEnd = previous.map { drafts[$0].end }
        nextStart = next.map { drafts[$0].start }
    }

    /// The end of the figure's clause: the next figure of the sentence or the sentence's end.
    var clauseEnd: Int { min(nextStart ?? sentence.upperBound, sentence.upperBound) }
}
