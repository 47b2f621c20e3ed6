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
                name: "denial or attribution in the sentence", part: .attribution,
                example: "The ministry denies that guards beat 14 inmates.", figure: "14"
            ) { reader, around, drafts in
                drafts[around.position].attribution = AttributionReader.attribution(
                    reader.text, of: drafts[around.position].start, in: around.sentence)
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
        ) { reader, around, drafts in
            guard drafts[around.position].needsNoun, let previous = around.previous,
                drafts[previous].phrase.currency == nil, let noun = drafts[previous].countedNoun
            else { return }
            // NB: `Cases received: -- fraud 9 -- theft 4. Number of sentences imposed: -- fraud 2`: a `number of`
            // heading between the two names what the later one counts.
            if let heading = reader.numberOfPhrase(before: drafts[around.position].start, in: around.sentence),
                heading.tokens.lowerBound > drafts[previous].end
            {
                return
            }
            // NB: `Three contributors … are the deficit (14 percent)`: a share that belongs to a noun of its own
            // leaves it to the next rule.
            if ShareNounReader.isShare(reader.text, drafts[around.position].phrase),
                ShareNounReader.noun(reader.text, before: drafts[around.position].start, in: around.sentence) != nil
            {
                return
            }
            drafts[around.position].countedNoun = noun.inherited
        },
        shareNounRule(
            name: "noun a share belongs to", example: "The jobless rate was 7.5 percent last year.",
            figure: "7.5 percent", find: ShareNounReader.noun),
        shareNounRule(
            name: "noun of a quantified whole", example: "Most of the graduates found work, and 60% are in Lima.",
            figure: "60%", find: ShareNounReader.quantifiedWhole),
        FigureContextRule(
            name: "share of the sentence before", part: .countedNoun,
            example: "Ruiz won 40 percent of the votes. Diaz took 35 percent.", figure: "35 percent"
        ) { _, around, drafts in
            // NB: `… 12.9 percent of voters. The poll before gave Arias 49.6 percent`: shares in a row share a whole.
            let position = around.position
            guard drafts[position].needsNoun, drafts[position].phrase.isPercent, around.previous == nil, position > 0,
                drafts[position - 1].sentence == drafts[position].sentence - 1, drafts[position - 1].phrase.isPercent,
                let noun = drafts[position - 1].countedNoun
            else { return }
            drafts[position].countedNoun = noun.inherited
        },
        nounBeforeRule(
            name: "noun after the number of", example: "The number of shelters rose to 14.", figure: "14"
        ) { reader, start, sentence in
            reader.numberOfPhrase(before: start, in: sentence)
        },
        nounBeforeRule(
            name: "subject of a total", example: "Complaints received this year total 40.", figure: "40"
        ) { reader, start, sentence in
            TotalSubjectReader.subject(reader.text, before: start, in: sentence)
        },
        nounBeforeRule(
            name: "object of the change it ends", example: "The unit raised its caseload of fraud to 40.", figure: "40"
        ) { reader, start, sentence in
            ChangeObjectReader.object(reader.text, before: start, in: sentence)
        },
    ]

    /// A row that gives a figure without a noun the noun that `find` reads before it.
    private static func nounBeforeRule(
        name: String, example: String, figure: String,
        find: @escaping @Sendable (FieldFigureReader, Int, Range<Int>) -> CountedNoun?
    ) -> FigureContextRule {
        FigureContextRule(name: name, part: .countedNoun, example: example, figure: figure) { reader, around, drafts in
            guard drafts[around.position].needsNoun else { return }
            drafts[around.position].countedNoun = find(reader, drafts[around.position].start, around.sentence)
        }
    }

    /// A row that gives a share without a noun (or the first end of one) the noun that `find` reads before it.
    private static func shareNounRule(
        name: String, example: String, figure: String,
        find: @escaping @Sendable (TokenizedText, Int, Range<Int>) -> CountedNoun?
    ) -> FigureContextRule {
        FigureContextRule(name: name, part: .countedNoun, example: example, figure: figure) { reader, around, drafts in
            let draft = drafts[around.position]
            guard draft.needsNoun, ShareNounReader.isShare(reader.text, draft.phrase) else { return }
            drafts[around.position].countedNoun = find(reader.text, draft.start, around.sentence)
        }
    }

    /// The verb a figure counts.
    static let actionRules: [FigureContextRule] = [
        FigureContextRule(
            name: "verb of the lexicon", part: .action, example: "Police arrested 24 suspects.", figure: "24"
        ) { reader, around, drafts in
            let draft = drafts[around.position]
            // NB: `Forty of the fifty victims were sent`: a part's noun runs past its whole's number to the verb.
            let nextStart = around.nextStart.map { draft.end > $0 ? around.sentence.upperBound : $0 }
            switch ActionReader.read(
                reader.text, phrase: draft.phrase, unit: draft.countedNoun, sentence: around.sentence,
                previousEnd: around.previousEnd, rightLimit: nextStart ?? around.sentence.upperBound)
            {
            case .action(let action): drafts[around.position].action = action
            case .sharesPrevious:
                drafts[around.position].sharesPreviousAction = true
                drafts[around.position].action = around.previous.flatMap { drafts[$0].action }
            case .none: break
            }
        },
        FigureContextRule(
            name: "change a share measures", part: .action, example: "Wheat exports fell by 12 percent.",
            figure: "12 percent"
        ) { reader, around, drafts in
            guard drafts[around.position].action == nil, drafts[around.position].phrase.isPercent else { return }
            drafts[around.position].action = ShareNounReader.changeAction(
                reader.text, before: drafts[around.position].start, in: around.sentence)
        },
        FigureContextRule(
            name: "whole after its part", part: .action, example: "Forty of the fifty migrants were sent home.",
            figure: "fifty"
        ) { _, around, drafts in
            // NB: the part takes the verb (`Forty … were sent`); the whole it is part of does not.
            let start = drafts[around.position].start
            guard let previous = around.previous, let part = drafts[previous].countedNoun, part.source == .partitive,
                drafts[previous].phrase.tokens.upperBound < start, start < part.tokens.lowerBound
            else { return }
            drafts[around.position].action = nil
            drafts[previous].partOf = around.position
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
