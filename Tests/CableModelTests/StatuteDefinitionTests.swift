import CableModel
import Testing

/// `definedIn` is the unit that quotes or explains an article, not merely the first or last one naming it.
@Suite struct StatuteDefinitionTests {
    private func definedIn(_ paragraphs: [String]) -> String? {
        TestIndex.index(paragraphs).statutes.first { $0.number == "14" }?.definedIn
    }

    @Test(arguments: [
        (
            [
                "The Harbour Code was revised.", "Lawyers cited Article 14 of the Harbour Code.",
                "Article 14 gives ports a veto.",
            ], "3"
        ),
        (
            [
                "The Harbour Code was revised.", "Lawyers cited Article 14.",
                "Article 14, on port fees, sets them at ten.",
            ], "3"
        ),
        (
            [
                "The Harbour Code was revised.", "Lawyers cited Article 14.",
                "Article 14: \"Ports keep their fees and dues.\"",
            ], "3"
        ),
        (
            ["Lawyers cited Article 14 twice.", "Article 14 puts pilots under the port.", "Article 14 came up again."],
            "2"
        ),
    ])
    func theUnitThatExplainsOrQuotesTheArticle(paragraphs: [String], unit: String) {
        #expect(definedIn(paragraphs) == unit)
    }

    @Test(arguments: [
        ["Lawyers cited Article 14 twice.", "Article 14 came up again."],
        ["Article 14, on the other hand, was never used."],
    ])
    func aMentionThatOnlyNamesItDefinesNothing(paragraphs: [String]) {
        #expect(definedIn(paragraphs) == nil)
    }
}
