import CableModel
import Testing

/// How the names the text gives one instrument become one, on paragraphs of our own.
@Suite struct StatuteInstrumentNameTests {
    private func instrument(of number: String, _ texts: String...) -> String? {
        TestIndex.index(texts).statutes.first { $0.number == number }?.instrument
    }

    @Test func aShortNameFollowsTheChainOfNamesTheTextEquates() {
        let found = instrument(
            of: "4",
            "The 2001 Protocol on Shared Rivers (the Danube Protocol) binds five states.",
            "The Danube Convention and Protocol meetings differ. Article 4 of the Protocol sets quotas.")
        #expect(found?.hasSuffix("Protocol on Shared Rivers") == true, "\(found ?? "-")")
    }

    @Test func anAgreementsAcronymOfTheGlossaryAfterAPartysName() {
        let found = instrument(
            of: "9", "Round four of the U.S.-Kenya SOFA talks ended.", "The sides agreed on articles 3 and 9.")
        #expect(found?.hasSuffix("Kenya SOFA") == true, "\(found ?? "-")")
    }

    @Test func anAgreementsAcronymAloneOrInItsDefinitionNamesNoInstrument() {
        let found = instrument(
            of: "5", "The Basing Agreement (BA) was signed under the Constitution.", "The BA holds. Article 5 is clear."
        )
        #expect(found == "Constitution", "\(found ?? "-")")
    }
}
