extension StatuteReferenceParser {
    /// The forms read after a reference's numbers, in order; adding a form adds a row here and its expectation in
    /// `StatuteFormTests.formExpectations`.
    static let forms: [StatuteForm] = [
        StatuteForm(name: "instrument after the numbers", example: "Article 9 of the Mining Code sets the royalty.") {
            parser, reading in parser.readInstrument(into: &reading)
        },
        StatuteForm(
            name: "instrument after a copula", example: "Article 16 was a provision in the Harbour Statute, they said."
        ) { parser, reading in
            guard let after = parser.partOfAnInstrument(after: reading.end),
                let instrument = InstrumentReader.read(after: after, in: parser.scalars)
            else { return }
            reading.attribute(instrument)
        },
        StatuteForm(
            name: "title of the United States Code before the keyword",
            example: "Smugglers face charges under 21 U.S.C. Section 960."
        ) { parser, reading in
            guard let code = parser.codeTitle(before: reading.keyword.lowerBound) else { return }
            reading.attribute(code)
        },
        StatuteForm(
            name: "instrument before the keyword", example: "Claims under the Water Charter Article 6 were heard."
        ) { parser, reading in
            guard let instrument = parser.instrumentBefore(keyword: reading.keyword) else { return }
            reading.attribute(instrument)
        },
        StatuteForm(name: "a bare section", example: "Section 8 explains the budget.") { _, reading in
            // NB: `section 3` alone is as often a part of a report or of this cable as of a law; a section counts
            // as a statute with its law named (`of the Penal Code`) or a subdivision (`Section 7031(c)`), or where
            // the collector finds its law in the same unit.
            guard reading.division == .section,
                !reading.citations.contains(where: { $0.instrument != nil || $0.subdivision != nil })
            else { return }
            for index in reading.citations.indices { reading.citations[index].isBareSection = true }
        },
        StatuteForm(
            name: "quoted name after the reference",
            example: "They were tried under article 45, \"Abuse of Office\", last spring."
        ) { parser, reading in
            reading.end = parser.readQuotedName(after: reading.end, into: &reading.citations)
        },
        StatuteForm(name: "defining words after the reference", example: "Article 31 prohibits forced labour.") {
            parser, reading in
            guard parser.isDefining(after: reading.end) || reading.citations.contains(where: { !$0.names.isEmpty })
            else { return }
            for index in reading.citations.indices { reading.citations[index].isDefining = true }
        },
        StatuteForm(
            name: "name before the parenthesis", example: "Arson (Article 77 of the Penal Code) carries ten years."
        ) { parser, reading in
            guard let open = parser.openParenthesis(before: reading.keyword.lowerBound) else { return }
            reading.citations[0].openParenthesis = open
            guard let name = parser.nameBefore(parenthesis: open) else { return }
            reading.citations[0].names.insert(name, at: 0)
            reading.citations[0].isDefining = true
        },
        StatuteForm(name: "an article modifying a noun", example: "They refused an Article 12 deal.") {
            parser, reading in
            guard let previous = parser.scalars.previousWordStart(before: reading.keyword.lowerBound),
                parser.scalars.word(at: previous, oneOf: ["a", "an"]) != nil
            else { return }
            for index in reading.citations.indices { reading.citations[index].isModifier = true }
        },
    ]
}
