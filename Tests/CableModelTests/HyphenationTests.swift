import CableModel
import Testing

/// A word broken at a line end with a hyphen is one word again: a compound keeps its hyphen, a hyphenated word not.
@Suite struct HyphenationTests {
    private func text(_ paragraph: String) throws -> String {
        try #require(try SyntheticCable.load(paragraph).unit(id: "1")).text
    }

    @Test func compoundKeepsItsHyphen() throws {
        let paragraph = "¶1. (U) The ministers spoke about the long delays in cross-\nborder trade and the fees.\n"
        #expect(try text(paragraph) == "The ministers spoke about the long delays in cross-border trade and the fees.")
    }

    @Test func hyphenatedWordIsJoinedWhenTheCableWritesItWhole() throws {
        let paragraph = "¶1. (U) The regional govern-\nment said the government would pay.\n"
        #expect(try text(paragraph) == "The regional government said the government would pay.")
    }

    @Test func withoutTheWholeWordTheHyphenStays() throws {
        let paragraph = "¶1. (U) Officials said the pay-\nments were late, and that pay-\nments would resume soon.\n"
        #expect(try text(paragraph) == "Officials said the pay-ments were late, and that pay-ments would resume soon.")
        let alone =
            "¶1. (U) Farmers and market traders welcomed the decision to reduce the tariffs on cross-\nborder\ntrade.\n"
        #expect(try text(alone).hasSuffix("tariffs on cross-border trade."))
    }

    @Test func dashAfterASpaceStaysApartAndACapitalCompoundJoins() throws {
        let paragraph = "¶1. (U) The minister -\nwho spoke last - agreed. The Franco-\nGerman plan was discussed.\n"
        #expect(try text(paragraph) == "The minister - who spoke last - agreed. The Franco-German plan was discussed.")
    }
}
