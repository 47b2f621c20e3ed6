import CableModel
import Testing

/// Headings of every form stand as heading units, never glued to the paragraph before, and without their dashes.
@Suite struct HeadingTests {
    private func units(_ body: String) throws -> [Unit] { try SyntheticCable.load(body + "\nDOE\n").units }

    @Test(arguments: [
        ("Who Pays for the New Dam?", "Who Pays for the New Dam?"),
        ("Next Steps:", "Next Steps:"),
        ("FARMERS LOOK TO THE\nCOMING HARVEST", "FARMERS LOOK TO THE COMING HARVEST"),
        ("-----------\nFarmers Look Ahead\n-----------", "Farmers Look Ahead"),
        (
            "-------------------\nThe Farm Minister\nand Her Deputy\n-------------------",
            "The Farm Minister and Her Deputy"
        ),
        (
            "---------------------\nJane Roe\nMinister of Farms,\nand Deputy Premier\n---------------------",
            "Jane Roe Minister of Farms, and Deputy Premier"
        ),
        ("RAIN AND FLOODS ------------------", "RAIN AND FLOODS"),
        ("Farmers Look Ahead\n\u{2014}\u{2014}", "Farmers Look Ahead"),
        ("Outlook\n\u{2013}\u{2013}\u{2013}", "Outlook"),
        ("Summary", "Summary"),
        ("Summary and Comment -----------", "Summary and Comment"),
        ("-- Comment --", "Comment"),
    ])
    func headingBetweenParagraphs(written: String, heading: String) throws {
        let body = "1. (U) The rains came late this year.\n\n\(written)\n\n2. (U) Farmers planted in June.\n"
        let found = try units(body)
        #expect(found.map(\.kind) == [.paragraph, .heading, .paragraph])
        #expect(found.first?.text == "The rains came late this year.")
        #expect(found.dropFirst().first?.heading == heading)
    }

    @Test(arguments: [
        "Why did the farmers wait so long before they planted?",
        "The minister told them this:",
        "SHE SAID THE FARMS WOULD\nRECOVER BY MAY.",
    ])
    func sentencesStayText(written: String) throws {
        let body = "1. (U) The rains came late this year.\n\n\(written)\n\n2. (U) Farmers planted in June.\n"
        let found = try units(body)
        #expect(found.map(\.kind) == [.paragraph, .paragraph])
    }
    /// A framed heading written on the line of the text around it, as a flattened cable writes it, stands as a
    /// heading between its paragraphs, also where its frames wrapped and were joined with a space.
    @Test(arguments: [
        (
            "1. (U) The rains came late this year. ------ FARMERS WAIT ------ 2. (U) Farmers planted in June.",
            "FARMERS WAIT", 1
        ),
        (
            "------- Summary ------- 1. (U) The rains came late this year.\n\n2. (U) Farmers planted in June.",
            "Summary", 0
        ),
        (
            "1. (U) The rains came late this year. ------------- ----- WHY THE FARMERS WAITED... ------------- -- "
                + "2. (U) Farmers planted in June.",
            "WHY THE FARMERS WAITED...", 1
        ),
        (
            "1. (U) The rains came late this year. Why the Farmers Waited ---------------------- 2. (U) Farmers "
                + "planted in June.",
            "Why the Farmers Waited", 1
        ),
        (
            "1. (U) The rains came late this year.------- Outlook ------- 2. (U) Farmers planted in June.",
            "Outlook", 1
        ),
        (
            "1. (U) The rains came late this year. ----------\nWhy the Farmers Waited----------\n2. (U) Farmers "
                + "planted in June.",
            "Why the Farmers Waited", 1
        ),
    ])
    func framedHeadingInsideALine(body: String, heading: String, position: Int) throws {
        let found = try units(body)
        #expect(found.map(\.kind).filter { $0 == .heading }.count == 1)
        #expect(found[position].heading == heading)
        #expect(found.filter { $0.kind == .paragraph }.map(\.id) == ["1", "2"])
        #expect(found.first { $0.id == "1" }?.text == "The rains came late this year.")
        #expect(found.last?.text == "Farmers planted in June.")
    }

    /// Long frames with a numbered paragraph after them make a heading even after words that end no sentence.
    @Test func longFramesBeforeAParagraphAfterAnOpenSentence() throws {
        let found = try units(
            "1. (U) The rains came late this year. End Summary ---------- FARMERS WAIT ---------- 2. (U) Farmers "
                + "planted in June.\n")
        #expect(found.map(\.kind) == [.paragraph, .heading, .paragraph])
        #expect(found.map(\.id) == ["1", "h1", "2"])
        #expect(found[1].heading == "FARMERS WAIT")
        #expect(found[0].text.hasPrefix("The rains came late this year.") && found[0].text.hasSuffix("End Summary"))
        #expect(found[2].text == "Farmers planted in June.")
    }

    /// After a sentence left open in a flattened line, the title-cased words before an underline with a numbered
    /// paragraph after it are the title; a title may open with a quote.
    @Test(arguments: [
        (
            "1. (U) The rains came late and the crop would be limited Farmers Wait for Rain ---------- 2. (U) Farmers "
                + "planted in June.",
            "Farmers Wait for Rain", "The rains came late and the crop would be limited"
        ),
        (
            "1. (U) The rains came late. \"Dry Months\" in the North ---------- 2. (U) Farmers planted in June.",
            "\"Dry Months\" in the North", "The rains came late."
        ),
    ])
    func underlinedTitleAfterAnOpenSentence(body: String, heading: String, first: String) throws {
        let found = try units(body + "\n")
        #expect(found.map(\.kind) == [.paragraph, .heading, .paragraph])
        #expect(found[1].heading == heading)
        #expect(found[0].text == first)
        #expect(found[2].text == "Farmers planted in June.")
    }

    /// Dashes inside a sentence, or a frame after words that end no sentence, are the author's text.
    @Test(arguments: [
        "1. (U) The rains came late. --- and then --- the farmers planted in June.",
        "1. (U) The rains came late and ------ FARMERS WAIT ------ Farmers planted in June.",
        "1. (U) The rains came late and the farmers waited ------- 2. (U) planted in June.",
    ])
    func dashesThatAreNoFrameStayText(body: String) throws {
        let found = try units(body + "\n")
        #expect(found.map(\.kind) == [.paragraph])
        #expect(found.first?.text == String(body.dropFirst(7)))
    }
}
