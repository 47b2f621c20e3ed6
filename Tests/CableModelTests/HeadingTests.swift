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
}
