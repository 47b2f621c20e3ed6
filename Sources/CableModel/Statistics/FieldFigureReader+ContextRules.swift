extension FieldFigureReader {
    /// The ways a figure's context is written, in order; adding a pattern adds a row here and its expectation in
    /// `FigureContextRuleTests.expectations`.
    static let contextRules: [FigureContextRule] =
        nounRules + actionRules + dateRules + [
            FigureContextRule(
                name: "statute of the same sentence", part: .statute,
                example: "Courts convicted 6 people under Article 15 of the Labour Code.", figure: "6"
            ) { reader, around, drafts in
                drafts[around.position].statute = FigureContext.statute(
                    for: drafts[around.position], previousEnd: around.previousEnd, nextStart: around.nextStart,
                    sentence: around.sentence, citations: reader.citations)
            },
            FigureContextRule(
                name: "categories of the clause", part: .categories, example: "The shelter housed 20 adult women.",
                figure: "20"
            ) { reader, around, drafts in
                let start = drafts[around.position].start
                drafts[around.position].categories = CategoryReader.categories(
                    reader.text, unit: drafts[around.position].countedNoun,
                    clause: start..<max(start, around.clauseEnd))
            },
        ]

    /// The counted noun of a figure that has none after it.
    static let nounRules: [FigureContextRule] = [
        FigureContextRule(
            name: "partitive pronoun", part: .countedNoun,
            example: "Police freed 40 women and sent 25 of them home.", figure: "25"
        ) { reader, around, drafts in
            guard drafts[around.position].countedNoun == nil,
                CountedNounReader.isPronounPartitive(reader.text, at: drafts[around.position].phrase.tokens.upperBound)
            else { return }
            drafts[around.position].countsPartOfPronoun = true
        },
        FigureContextRule(
            name: "noun of the figure before", part: .countedNoun,
            example: "Judges sentenced 12 smugglers in May and 9 in June.", figure: "9"
        ) { _, around, drafts in
            guard drafts[around.position].needsNoun, let previous = around.previous,
                drafts[previous].phrase.currency == nil, let noun = drafts[previous].countedNoun
            else { return }
            drafts[around.position].countedNoun = noun.inherited
        },
        FigureContextRule(
            name: "noun after the number of", part: .countedNoun,
            example: "The number of shelters rose to 14.", figure: "14"
        ) { reader, around, drafts in
            guard drafts[around.position].needsNoun else { return }
            drafts[around.position].countedNoun = reader.numberOfPhrase(
                before: drafts[around.position].start, in: around.sentence)
        },
    ]

    /// The verb a figure counts.
    static let actionRules: [FigureContextRule] = [
        FigureContextRule(
            name: "verb of the lexicon", part: .action, example: "Police arrested 24 suspects.", figure: "24"
        ) { reader, around, drafts in
            let draft = drafts[around.position]
            switch ActionReader.read(
                reader.text, phrase: draft.phrase, unit: draft.countedNoun, sentence: around.sentence,
                previousEnd: around.previousEnd, rightLimit: around.nextStart ?? around.sentence.upperBound)
            {
            case .action(let action): drafts[around.position].action = action
            case .sharesPrevious:
                drafts[around.position].sharesPreviousAction = true
                drafts[around.position].action = around.previous.flatMap { drafts[$0].action }
            case .none: break
            }
        },
        FigureContextRule(
            name: "verb after the number of", part: .action,
            example: "The number of victims identified rose to 40.", figure: "40"
        ) { reader, around, drafts in
            guard drafts[around.position].action == nil, !drafts[around.position].sharesPreviousAction,
                drafts[around.position].countedNoun?.source == .inherited
            else { return }
            drafts[around.position].action = reader.numberOfAction(
                before: drafts[around.position].start, in: around.sentence)
        },
    ]

    /// The date or period of a figure.
    static let dateRules: [FigureContextRule] = [
        FigureContextRule(
            name: "date of the same clause", part: .period, example: "In 2008 police arrested 24 suspects.",
            figure: "24"
        ) { reader, around, drafts in
            drafts[around.position].period = FigureContext.period(
                for: drafts[around.position], previousEnd: around.previousEnd, nextStart: around.nextStart,
                sentence: around.sentence, mentions: reader.mentions, text: reader.text)
        },
        FigureContextRule(
            name: "date that opens the sentence", part: .period,
            example: "In 2007 police arrested 15 suspects, and prosecutors charged 9 people.", figure: "9"
        ) { _, around, drafts in
            // NB: a date that opens the sentence (`During the reporting period, … investigated 45 …, prosecuted
            // 30 …`) dates every figure of it that names no date of its own.
            guard drafts[around.position].period == nil, let previous = around.previous,
                let shared = drafts[previous].period,
                drafts[around.position].sharesPreviousAction || shared.tokens.upperBound <= drafts[previous].start
            else { return }
            drafts[around.position].period = shared
        },
    ]
}
