import CableModel
import Testing

/// How typed queries become clauses, and what empty queries give.
@Suite struct QueryParsingTests {
    private func describe(_ query: SearchQuery) -> [String] {
        query.clauses.map { clause in
            (clause.isExcluded ? "-" : "") + (clause.matchesInflections ? "~" : "")
                + clause.terms.map { $0.text + ($0.isPrefix ? "*" : "") + ($0.isCaseSensitive ? "!" : "") }
                .joined(separator: "_")
        }
    }

    @Test(arguments: [
        ("traffic", ["~traffic"]),
        ("traffick*", ["traffick*"]),
        ("\"trafficking in persons\"", ["trafficking_in_persons"]),
        ("victims -labor", ["~victims", "-~labor"]),
        ("-\"forced labor\" victims", ["-forced_labor", "~victims"]),
        ("TIP", ["TIP!"]),
        ("Tajik* cotton", ["Tajik*!", "~cotton"]),
        ("anti-TIP", ["anti_TIP!"]),
        ("130.1", ["130_1"]),
        ("the trafficking of persons", ["~trafficking", "~persons"]),
        ("\"unclosed phrase", ["unclosed_phrase"]),
        ("\u{201C}curly quotes\u{201D}", ["curly_quotes"]),
        ("Kh\u{00F6}jand", ["Kh\u{00F6}jand!"]),
    ])
    func clauses(typed: String, expected: [String]) {
        #expect(describe(SearchQuery(typed)) == expected)
    }

    @Test(arguments: ["", "   ", "the", "of the and", "!!! ...", "\"\"", "-", "-victims", "* * *"])
    func emptyQueries(typed: String) throws {
        #expect(SearchQuery(typed).isEmpty)
        let index = TestIndex.index("Victims of trafficking were found.")
        let result = index.search(typed)
        #expect(result.isEmptyQuery)
        #expect(result.hits.isEmpty && result.matches.isEmpty)
    }

    @Test func smartCaseMatchesOnlyThatSpelling() {
        let index = TestIndex.index(["The TIP unit met.", "A tip was received."])
        #expect(index.search("TIP").hits.map(\.unitID) == ["1"])
        #expect(index.search("tip").hits.map(\.unitID) == ["1", "2"])
        #expect(index.search("Ti*").hits.map(\.unitID) == [])
        #expect(index.search("TI*").hits.map(\.unitID) == ["1"])
    }

    @Test func diacriticsAreFolded() {
        let index = TestIndex.index("Officials in Khöjand and Istaravşan met.")
        #expect(index.search("khojand").hits.map(\.unitID) == ["1"])
        #expect(index.search("istaravsan").matches.map(\.range) == [25..<35])
    }

    @Test func inflectionsAndPrefixes() {
        let index = TestIndex.index(["Traffickers were trafficking.", "They trafficked people.", "Traffic was heavy."])
        #expect(index.search("traffic").hits.count == 3)
        #expect(index.search("traffick*").hits.map(\.unitID).sorted() == ["1", "2"])
        #expect(index.search("\"traffic\"").hits.map(\.unitID) == ["3"])
    }

    @Test func snippetMarksTheFirstMatch() throws {
        let text =
            String(repeating: "Words before the match. ", count: 8) + "The cotton harvest ended."
            + String(repeating: " Words after the match.", count: 8)
        let index = TestIndex.index(text)
        let hit = try #require(index.search("cotton").hits.first)
        let snippet = hit.snippet
        #expect(snippet.text.scalars(snippet.highlight) == "cotton")
        #expect(snippet.text.unicodeScalars.count <= 80)
        #expect(snippet.text.hasPrefix("…") && snippet.text.hasSuffix("…"))
        #expect(!snippet.text.contains("\n"))
    }

    @Test func rankingPrefersDenserUnitsAndKeepsDocumentOrderOnTies() {
        let index = TestIndex.index([
            "A long paragraph about many things, with one mention of cotton among other words here.",
            "Cotton, cotton and cotton.",
            "Cotton here.",
            "Cotton here.",
        ])
        #expect(index.search("cotton").hits.map(\.unitID) == ["2", "3", "4", "1"])
    }
}
