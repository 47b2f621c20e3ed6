import Testing

@testable import CableModel

@Suite("Classification levels")
struct ClassificationLevelTests {
    @Test func aClassificationNamesItsLevelBeforeItsCaveats() {
        #expect(ClassificationLevel(classification: "SECRET//NOFORN") == .secret)
        #expect(ClassificationLevel(classification: "UNCLASSIFIED//FOR OFFICIAL USE ONLY") == .unclassified)
        #expect(ClassificationLevel(classification: " top secret ") == .topSecret)
        #expect(ClassificationLevel(classification: "Confidential") == .confidential)
    }

    @Test func anythingElseNamesNoLevel() {
        for text in ["RESTRICTED", "LIMITED OFFICIAL USE", "SECRETARY", "SECRE", "", "//SECRET"] {
            #expect(ClassificationLevel(classification: text) == nil, "\(text)")
        }
    }

    @Test func levelsRiseFromUnclassifiedToTopSecret() {
        #expect(ClassificationLevel.allCases.sorted() == [.unclassified, .confidential, .secret, .topSecret])
        #expect(PortionMarking.highestLevel(["U", "C/REL LIBYA", "SBU"]) == "CONFIDENTIAL")
        #expect(PortionMarking.highestLevel(["S/NF", "TS", "U"]) == "TOP SECRET")
        #expect(PortionMarking.highestLevel(["X"]) == nil)
    }
}
