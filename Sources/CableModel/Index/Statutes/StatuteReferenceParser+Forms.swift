extension StatuteReferenceParser {
    /// The forms read after a reference's numbers, in order; adding a form adds a row here and its expectation in
    /// `StatuteFormTests.formExpectations`.
    static let forms: [StatuteForm] = [
        StatuteForm(name: "instrument after the numbers", example: "Article 9 of the Mining Code sets the royalty.") {
            parser, reading in reading.end = parser.readInstrument(after: reading.end, into: &reading.citations)
        },
        StatuteForm(
            name: "title of the United States Code before the keyword",
            example: "Smugglers face charges under 21 U.S.C. Section 960."
        ) { parser, reading in
            guard let code = parser.codeTitle(before: reading.keyword.lowerBound) else { return }
            for index in reading.citations.indices where reading.citations[index].instrument == nil {
                reading.citations[index].instrument = code
            }
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
    ]
}
