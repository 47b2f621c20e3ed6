import CableModel
import Testing

/// A long instrument name listed with commas before its acronym in parentheses, on sentences of our own: the
/// whole name is the instrument, the acronym is defined by its leading words, and the acronym, the whole name and
/// the kind of law alone are one instrument.
@Suite struct ListedInstrumentNameTests {
    static let defined =
        "Riverland ratified the Convention against Dumping and Other Harmful, Toxic or Noxious Waste in Rivers (CAD) in May."
    static let longName = "Convention against Dumping and Other Harmful, Toxic or Noxious Waste in Rivers"

    @Test func theAcronymIsDefinedByTheNamesLeadingWords() {
        let glossary = TestIndex.index([ListedInstrumentNameTests.defined]).glossary
        #expect(glossary.first { $0.term == "CAD" }?.meaning == ListedInstrumentNameTests.longName)
    }

    @Test func theAcronymTheWholeNameAndTheKindAloneAreOneInstrument() {
        let paragraphs = [
            ListedInstrumentNameTests.defined,
            "Article 4 of the Convention bars the practice, and CAD Article 4 names the ports.",
        ]
        let statutes = TestIndex.index(paragraphs).statutes.filter { $0.number == "4" }
        #expect(statutes.count == 1, "\(statutes.map(\.title))")
        #expect(statutes.first?.instrument == ListedInstrumentNameTests.longName)
        #expect(statutes.first?.mentions.count == 2)
    }

    @Test func aCommaWithoutAnAcronymAfterTheListEndsTheName() {
        let text = "They signed the Convention against Dumping and Other Harmful, Toxic Acts in May. Article 4 bans it."
        let statute = TestIndex.index([text]).statutes.first { $0.number == "4" }
        #expect(statute?.instrument == "Convention against Dumping and Other Harmful")
    }

    @Test func leadingWordsWithoutAKindOfLawDefineNoAcronym() {
        let text = "The Ministry of Health and Other Social, Medical or Welfare Services (MH) met in May."
        #expect(TestIndex.index([text]).glossary.first { $0.term == "MH" } == nil)
    }
}
