import CableModel
import Testing

/// Sentence forms of the Trafficking in Persons report cables that the TIP gold measured as failing: each test
/// writes a sentence of the form (not a cable's) and checks the value, action and year read from it.
@Suite struct TIPFormTests {
    /// The figures of the paragraphs of a cable sent in March 2011 (its reporting period is 2010).
    static func figures(sentIn2011 paragraphs: String) throws -> [Figure] {
        let text = """
            O 101200Z MAR 11
            FM AMEMBASSY NOWHERE
            TO SECSTATE WASHDC
            UNCLAS NOWHERE 000012
            SUBJECT: ANNUAL REPORT

            \(paragraphs)
            """
        return CableStatistics(cable: try CableLoader.loadFirst(Array(text.utf8), knowledge: TestIndex.knowledge))
            .figures
    }

    /// The figures with this quote, in order.
    static func figures(_ quote: String, in figures: [Figure]) -> [Figure] { figures.filter { $0.quote == quote } }

    /// A typed table: a heading line (`Number of X verbed in YEAR:`) over rows of a label and a number; the next
    /// table's heading glued to the last row, as a lost line break leaves it.
    @Test func aTypedTableTakesItsCountAndYearFromItsHeadingLine() throws {
        let found = try TIPFormTests.figures(
            sentIn2011: """
                1. (U) The labor courts gave these figures:

                Number of complaints received by the labor inspectors in 2009:
                --Forced labor (domestic service) 14
                --Debt bondage (farms) 6 Number of sentences imposed during 2009:
                --Forced labor (domestic service) 5
                --Debt bondage (farms) 2
                """)
        for quote in ["14", "6"] {
            let figure = try #require(TIPFormTests.figures(quote, in: found).first)
            #expect(figure.reportedAction == .investigated, "\(quote)")
            #expect(figure.year == 2009, "\(quote)")
        }
        for quote in ["5", "2"] {
            let figure = try #require(TIPFormTests.figures(quote, in: found).first)
            #expect(figure.countedNoun == "sentences", "\(quote)")
            #expect(figure.reportedAction == .sentenced, "\(quote)")
            #expect(figure.year == 2009, "\(quote)")
        }
    }
}
