import CableModel
import Testing

/// The index and the statistics read sentences and number lists by one splitter and one set of list words; each
/// test is a sentence where the two used to disagree.
@Suite struct SharedVocabularyTests {
    /// The scalar offset of the first occurrence of `word` in `text`.
    private func offset(of word: String, in text: String) throws -> Int {
        let scalars = Array(text.unicodeScalars)
        let needle = Array(word.unicodeScalars)
        return try #require(
            (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle })
    }

    private func mention(in text: String, at word: String) throws -> StatuteMention? {
        TestIndex.index(text).statuteMention(unitID: "1", field: .text, offset: try offset(of: word, in: text))
    }

    @Test func aSentenceEndsAfterAClosingQuote() throws {
        let text = "Article 12 of the Labor Code bans \"debt bondage.\" Courts heard nine cases last spring."
        #expect(try mention(in: text, at: "bondage") != nil)
        #expect(try mention(in: text, at: "Courts") == nil)
    }

    @Test func anAbbreviatedMonthDoesNotEndASentence() throws {
        let text = "Article 31 of the Family Code took effect in Dec. 2008 and governs custody."
        #expect(try mention(in: text, at: "governs")?.statuteID == "family-code/article-31")
    }

    @Test func aLowerCaseInitialDoesNotEndASentence() throws {
        let text = "Article 8 of the Penal Code, under heading b. Criminal liability, sets the age at sixteen."
        #expect(try mention(in: text, at: "sets") != nil)
    }

    @Test func aRefAbbreviationKeepsTheFigureInItsSentence() throws {
        let text = "As ref. A notes, police opened 14 cases under Article 9 of the Penal Code."
        let indexed = IndexedCable(TestIndex.cable([text]), knowledge: TestIndex.knowledge)
        let figure = try #require(indexed.statistics.figures.first { $0.quote == "14" })
        #expect(figure.sentence.hasPrefix("As ref. A notes"))
        #expect(figure.statute == "9")
    }

    @Test(arguments: [
        ("See paras 2 thru 4.", ["2", "3", "4"]),
        ("See paragraphs 5 & 6.", ["5", "6"]),
        ("See paragraphs 7, 8, and 9.", ["7", "8", "9"]),
    ])
    func paragraphListsTakeEveryListWord(sentence: String, targets: [String]) {
        let references = TestIndex.index(Array(repeating: "A paragraph.", count: 12) + [sentence]).crossReferences
        #expect(references.map(\.resolvedUnitID) == targets)
    }

    @Test func paragraphAndStatuteRangesShareOneWidth() {
        let paragraphs = TestIndex.index("Paragraphs 2-41 describe the law.").crossReferences
        #expect(paragraphs.map(\.paragraph) == (2...41).map(String.init))
        let tooWide = TestIndex.index("Paragraphs 2-60 describe the law.").crossReferences
        #expect(tooWide.map(\.paragraph) == ["2"])
        let articles = TestIndex.index("Articles 10 thru 52 of the Penal Code apply.").statutes
        #expect(articles.count == 43)
        let tooManyArticles = TestIndex.index("Articles 10 thru 70 of the Penal Code apply.").statutes
        #expect(tooManyArticles.map(\.number) == ["10"])
    }
}
