/// Turns the drafts of one field into finished figures: values, kind, text positions and the sentence.
struct FigureBuilder {
    let reader: FieldFigureReader
    let unitID: String
    let field: Unit.Field
    /// The text and the words of each sentence, made once for all the figures in it.
    private var sentenceTexts: [Int: (text: String, words: Set<String>)] = [:]

    init(reader: FieldFigureReader, unitID: String, field: Unit.Field) {
        self.reader = reader
        self.unitID = unitID
        self.field = field
    }

    /// The figure for `draft`, numbered `id`, with `partOf` already translated to a figure id.
    ///
    /// NB: the figures of one sentence share its text and its set of words (one copy, not one per figure); a copy
    /// per figure cost the square of the sentence's length in time and memory.
    mutating func figure(_ draft: FigureDraft, id: Int, partOf: Int?, isAge: Bool = false) -> Figure {
        let text = reader.text
        let phrase = draft.phrase
        let tokens = phrase.tokens
        let byteRange = text.tokens[tokens.lowerBound].start..<text.tokens[tokens.upperBound - 1].end
        let sentence = reader.sentences[draft.sentence]
        let sentenceBytes = text.tokens[sentence.lowerBound].start..<text.tokens[sentence.upperBound - 1].end
        let shared = sentenceText(draft.sentence)
        let kind = isAge ? .age : kind(of: draft)
        // NB: a stretch of time counts no action, except a sentence imposed (`sentenced to 5 years`).
        let action = kind == .duration && draft.action != "sentenced" ? nil : draft.action
        return Figure(
            id: id, kind: kind, value: phrase.value, low: phrase.low, high: phrase.high,
            qualifier: phrase.qualifier, writtenTwice: phrase.writtenTwice, currency: phrase.currency,
            countedNoun: draft.countedNoun?.text ?? moneyUnit(phrase),
            action: action, year: draft.period?.year,
            period: draft.period.map { text.text(from: $0.tokens.lowerBound, through: $0.tokens.upperBound - 1) },
            statute: draft.statute, partOf: partOf, categories: draft.categories, unitID: unitID, field: field,
            range: reader.offsets.scalars(byteRange),
            quote: text.text(from: tokens.lowerBound, through: tokens.upperBound - 1),
            sentence: shared.text,
            sentenceRange: reader.offsets.scalars(sentenceBytes), attribution: draft.attribution,
            wordsBefore: draft.leading.filter { text.tokens[$0].kind == .word }.map { text.lowered[$0] },
            textAfter: draft.trailing.isEmpty
                ? "" : text.oneLineText(from: draft.trailing.lowerBound, through: draft.trailing.upperBound - 1),
            sentenceWords: shared.words)
    }

    /// The one-line text and the lower-case words of sentence `position`, made on first use.
    private mutating func sentenceText(_ position: Int) -> (text: String, words: Set<String>) {
        if let made = sentenceTexts[position] { return made }
        let text = reader.text
        let sentence = reader.sentences[position]
        let made = (
            text: text.oneLineText(from: sentence.lowerBound, through: sentence.upperBound - 1),
            words: Set(sentence.filter { text.tokens[$0].kind == .word }.map { text.lowered[$0] })
        )
        sentenceTexts[position] = made
        return made
    }

    /// An amount's currency as written when it is a word or code (`BsF`, `dollars`), else its code (`$` is `USD`).
    private func moneyUnit(_ phrase: NumberPhrase) -> String? {
        guard let currency = phrase.currency else { return nil }
        guard let written = phrase.currencyText, written.first?.isLetter == true else { return currency }
        return written
    }

    private func kind(of draft: FigureDraft) -> Figure.Kind {
        let phrase = draft.phrase
        if phrase.currency != nil { return .money }
        if phrase.isPercent { return .percentage }
        let text = reader.text
        let next = phrase.tokens.upperBound
        let hyphenated = text.isDash(next) && text.isGlued(next) ? next + 1 : next
        // NB: `up to six years (eight if …)`: a term that takes the noun of the one before is a term too, where
        // words go on after it (`imprisonment: 1.` is a list's label).
        let goesOn = next < text.count && text.tokens[next].kind == .word
        let firstWord =
            draft.countedNoun.flatMap { noun in
                let isRead = noun.source == .following || (noun.source == .inherited && goesOn)
                return isRead && !noun.tokens.isEmpty ? text.lowered[noun.tokens.lowerBound] : nil
            }
            ?? (hyphenated < text.count ? text.lowered[hyphenated] : "")
        if FigureVocabulary.timeUnits.contains(firstWord) { return .duration }
        if FigureVocabulary.measureUnits.contains(firstWord) || phrase.first.suffix != nil { return .measure }
        return .count
    }

}
