import CableModel
import Testing

/// Laws described only in lower case (`the nuclear draft law`, `the new criminal code`) and the articles after them.
@Suite struct StatuteLowerCaseInstrumentTests {
    @Test(arguments: [
        ("The panel sent back the revised electoral code. Article 14 caps donations.", "revised electoral code"),
        ("Under the new criminal code, Article 41 bars bail for minors.", "new criminal code"),
        ("A copy of the nuclear draft law reached post; Article 3 creates a regulator.", "nuclear draft law"),
    ])
    func anArticleAfterALawDescribedInLowerCaseBelongsToIt(paragraph: String, instrument: String) {
        #expect(TestIndex.index(paragraph).statutes.map(\.instrument) == [instrument])
    }

    @Test func everyBareArticleAfterTheDescriptionInTheParagraphTakesIt() {
        let statutes = TestIndex.index(
            "The text of the draft budget law is vague: Article 2 sets no ceiling, and Article 5 names no auditor."
        ).statutes
        #expect(statutes.map(\.instrument) == ["draft budget law", "draft budget law"])
    }

    @Test(arguments: [
        "The minister praised the law. Article 6 is new.",
        "He cited the same law; Article 6 is new.",
        "The law on elections passed. Article 6 is new.",
        "Article 6 came before the new electoral code was drafted.",
        "Officials read the new electoral code and the Water Code. Article 6 is new.",
        "It is the new electoral code.",
    ])
    func otherFormsTakeNoLowerCaseDescription(paragraph: String) {
        #expect(!TestIndex.index(paragraph).statutes.contains { $0.instrument?.hasSuffix("electoral code") == true })
        #expect(!TestIndex.index(paragraph).statutes.contains { $0.instrument == "law" })
    }

    @Test func aNamedInstrumentBetweenTheDescriptionAndTheArticleIsNotPassedOver() {
        let statutes = TestIndex.index(
            "Post has the new electoral code. The Water Code differs. Article 6 is new."
        ).statutes
        #expect(statutes.map(\.instrument) == ["Water Code"])
    }

    @Test func aDescriptionIsShownByTheNameTheCableGivesThatLaw() {
        let statutes = TestIndex.index([
            "Judges now apply the new mining code; Article 41 sets the royalty.",
            "The Mining Code of Riverland took effect in May.",
        ]).statutes
        #expect(statutes.map(\.instrument) == ["Mining Code of Riverland"])
    }

    @Test func aDescriptionMatchingTwoNamesKeepsItsOwnWords() {
        let statutes = TestIndex.index([
            "Judges now apply the new mining code; Article 41 sets the royalty.",
            "The Mining Code of Riverland and the Mining Code of Lakeland differ.",
        ]).statutes
        #expect(statutes.map(\.instrument) == ["new mining code"])
    }

    @Test(arguments: [
        "Post obtained the new law. Article 9 sets the royalty.",
        "The Land Code is old. Parliament passed the new law in May. Article 6 bans leases.",
        "The Land Code is old, and the draft law is strict. Article 6 bans leases.",
    ])
    func aLawDescribedOnlyByWhenItStandsIsNoSpecificInstrument(paragraph: String) {
        let statute = TestIndex.index(paragraph).statutes.first
        #expect(statute != nil)
        #expect(statute?.instrument == nil)
    }

    @Test func aLawDescribedOnlyByWhenItStandsIsTheNamedLawOfItsKind() {
        let statutes = TestIndex.index(
            "Parliament passed the Rivers Law last year. The new law is strict. Article 5 bans dams."
        ).statutes
        #expect(statutes.map(\.instrument) == ["Rivers Law"])
    }
}
