import Testing

@testable import CableModel

/// Each row of `FieldFigureReader.contextRules` on its own example sentence.
@Suite struct FigureContextRuleTests {
    /// What each rule reads from its example: the part it reads of the figure it names, as text (categories joined
    /// by commas, a period as its year).
    static let expectations: [String: String] = [
        "partitive pronoun": "women",
        "noun of the figure before": "smugglers",
        "noun after the number of": "shelters",
        "object of the change it ends": "caseload",
        "subject of a total": "Complaints",
        "noun a share belongs to": "jobless rate",
        "change a share measures": "fell",
        "noun of a quantified whole": "graduates",
        "whole after its part": "-",
        "share of the sentence before": "votes",
        "verb of the lexicon": "arrested",
        "verb after the number of": "identified",
        "date of the same clause": "2008",
        "date that opens the sentence": "2007",
        "statute of the same sentence": "15",
        "categories of the clause": "adults, women",
        "denial or attribution in the sentence": "denied",
    ]

    /// Every rule reads its example as expected, through the whole model (index and statistics), and the rule is
    /// needed for it: without its row the reader reads the example otherwise.
    @Test(arguments: FieldFigureReader.contextRules.map(\.name))
    func eachRuleReadsItsExample(_ name: String) throws {
        let rule = try #require(FieldFigureReader.contextRules.first { $0.name == name })
        let expected = try #require(FigureContextRuleTests.expectations[name], "no expectation for the rule '\(name)'")
        let indexed = IndexedCable(TestIndex.cable([rule.example]), knowledge: TestIndex.knowledge)
        let figure = try #require(indexed.statistics.figures.first { $0.quote == rule.figure })
        #expect((FigureContextRuleTests.part(rule.part, of: figure) ?? "-") == expected)
        let citations = StatuteLookup(index: indexed.index).citations("1", .text)
        let reader = FieldFigureReader(rule.example, citations: citations)
        let others = FieldFigureReader.contextRules.filter { $0.name != name }
        let withRule = reader.read().figures
        let withoutRule = reader.read(rules: others).figures
        #expect(String(describing: withRule) != String(describing: withoutRule), "the rule changes nothing")
    }

    private static func part(_ part: FigureContextRule.Part, of figure: Figure) -> String? {
        switch part {
        case .countedNoun: figure.countedNoun
        case .action: figure.action
        case .period: figure.year.map(String.init)
        case .statute: figure.statute
        case .categories: figure.categories.joined(separator: ", ")
        case .attribution: figure.attribution?.rawValue
        }
    }
}
