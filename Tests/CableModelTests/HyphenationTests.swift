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

    @Test func anEndingThatIsNoWordJoinsItsStem() throws {
        let paragraph =
            "¶1. (U) WE ARE REMIND-\nING THEM DAILY. Both organ-\nizations said the pay-\nments were late.\n"
        #expect(try text(paragraph) == "WE ARE REMINDING THEM DAILY. Both organizations said the payments were late.")
    }

    @Test func withoutEvidenceTheHyphenStays() throws {
        let paragraph = "¶1. (U) A well-\nknown writer signed an op-\ned on the long-\nterm plan.\n"
        #expect(try text(paragraph) == "A well-known writer signed an op-ed on the long-term plan.")
        let alone =
            "¶1. (U) Farmers and market traders welcomed the decision to reduce the tariffs on cross-\nborder\ntrade.\n"
        #expect(try text(alone).hasSuffix("tariffs on cross-border trade."))
    }

    @Test func aConjunctionAfterTheHyphenKeepsItsSpace() throws {
        let paragraph =
            "¶1. (U) Shelters give short-\nor long-term care to pro-\nand anti-reform groups, police-\nto-police.\n"
        #expect(
            try text(paragraph)
                == "Shelters give short- or long-term care to pro- and anti-reform groups, police-to-police.")
    }

    @Test func dashAfterASpaceStaysApartAndACapitalCompoundJoins() throws {
        let paragraph = "¶1. (U) The minister -\nwho spoke last - agreed. The Franco-\nGerman plan was discussed.\n"
        #expect(try text(paragraph) == "The minister - who spoke last - agreed. The Franco-German plan was discussed.")
    }
}
