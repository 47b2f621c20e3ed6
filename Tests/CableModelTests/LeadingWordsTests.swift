import Testing

@testable import CableModel

/// `lowercasedLeadingWords` reads only the beginning of a text and answers what lower-casing and splitting the
/// whole would: the first words, lower case, cut at every character that is not a letter.
@Suite struct LeadingWordsTests {
    private static let texts = [
        "", "Fines", " times THE Monthly minimum wage", "1,500 times the monthly minimum wage, or up to two years",
        String(repeating: "forty-two ", count: 40) + "sentences ended",
        String(repeating: ".", count: 300) + "One word after a long run of dots",
        "Wo\u{301}rds with co\u{301}mbining marks " + String(repeating: "e\u{301}", count: 70) + " Zu\u{308}rich",
        String(repeating: "x", count: 63) + "\u{301}a b c d e f g",
        "\u{130}stanbul \u{C9}LYS\u{C9}E \u{391}\u{3A9} " + String(repeating: "\u{1F600} ", count: 40) + "last",
    ]

    @Test(arguments: texts, [1, 4, 6, 12])
    func answersWhatTheWholeTextWould(text: String, count: Int) {
        let whole = Array(text.lowercased().split(whereSeparator: { !$0.isLetter }).prefix(count))
        #expect(text.lowercasedLeadingWords(count) == whole)
    }

    @Test func readsPastTheFirstCutWhenTheWordsLieFurther() {
        let text = String(repeating: "- ", count: 100) + "Times the WAGE"
        #expect(text.lowercasedLeadingWords(2) == ["times", "the"])
        #expect(text.lowercasedLeadingWords(5) == ["times", "the", "wage"])
    }
}
