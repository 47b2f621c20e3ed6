import CableModel
import Testing

/// Money forms of the Trafficking in Persons report cables that the TIP gold measured as failing: amounts a budget
/// spends or gives away, beside the allocations and awards a report counts. Each test writes a sentence of the form
/// (not a cable's).
@Suite struct TIPMoneyFormTests {
    /// `spent $40,000 of its funds on posters`, `contributed EUR 2 million (…) to a country`, `dedication of …`:
    /// general budget and aid money is no reported money; an allocation to a shelter and damages awarded are.
    @Test func moneyABudgetSpendsOrGivesAwayIsNotReported() throws {
        let found = try FigureRulesTests.figures(
            """
            The ministry spent $40,000 of its annual funds on posters. Last year Ruritania contributed EUR 2 million \
            ($2.6 million) to Freedonia through the UN. The plan called for the dedication of $90,000 in budgetary \
            resources to the task force. The budget allocates $70,000 to a shelter for victims. A court awarded \
            one victim $8,000 in damages.
            """)
        for quote in ["$40,000", "EUR 2 million", "$2.6 million", "$90,000"] {
            let figure = try #require(TIPFormTests.figures(quote, in: found).first, "\(quote)")
            #expect(figure.relevance == .other, "\(quote)")
        }
        for quote in ["$70,000", "$8,000"] {
            let figure = try #require(TIPFormTests.figures(quote, in: found).first, "\(quote)")
            #expect(figure.relevance == .money, "\(quote)")
        }
    }
}
