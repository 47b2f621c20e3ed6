import CableModel
import Testing

/// Figures as economic, political and consular cables write them: shares, amounts of money, changes, and verbs in
/// any tense. Each case is a sentence of the form, in our own words; `-` expects no noun or no action.
@Suite struct EconomicPhrasingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let quote: String
        let noun: String
        let action: String
        var testDescription: String { text }
    }

    @Test(arguments: [
        Case(text: "Tourism showed a 40 percent rise in 2009.", quote: "40 percent", noun: "rise", action: "-"),
        Case(text: "Officials confirmed a 95% pass rate.", quote: "95%", noun: "pass rate", action: "-"),
        Case(text: "The survey found a gap of about 6 percent.", quote: "about 6 percent", noun: "gap", action: "-"),
        Case(text: "The sampling error is 3.1 percent.", quote: "3.1 percent", noun: "sampling error", action: "-"),
        Case(
            text: "Wheat exports in 2007 rose by 18 percent.", quote: "18 percent", noun: "Wheat exports",
            action: "rose"),
        Case(
            text: "Local budgets have been growing 10-12 percent a year.", quote: "10-12 percent",
            noun: "Local budgets", action: "grew"),
        Case(
            text: "The party raised its share from 21 to 24 percent.", quote: "24 percent", noun: "share",
            action: "-"),
        Case(
            text: "Turnout fell from 61 percent to 55 percent, and Lopez rose from 20 to 25 percent.",
            quote: "25 percent", noun: "Turnout", action: "-"),
        Case(text: "Debt is expected to add 9 percent of GDP.", quote: "9 percent", noun: "GDP", action: "added"),
        Case(
            text: "The bank provides a $4 million grant to the city.", quote: "$4 million", noun: "USD",
            action: "provided"),
        Case(
            text: "Brazil sold $12 million worth of beef.", quote: "$12 million", noun: "USD", action: "sold"),
        Case(text: "Of the loan, $90,000 will finance two clinics.", quote: "$90,000", noun: "USD", action: "financed"),
        Case(text: "Customs made 14 arrests at the port.", quote: "14", noun: "arrests", action: "arrested"),
        Case(
            text: "The firm completed USD 3 billion in sales last year.", quote: "USD 3 billion", noun: "USD",
            action: "sold"),
        Case(
            text: "The party did well, winning 14 seats in the house.", quote: "14", noun: "seats", action: "won"),
        Case(
            text: "About 30 foreign banks operating in Cairo have been licensed since 2005.", quote: "About 30",
            noun: "foreign banks", action: "licensed"),
        Case(
            text: "Some 40 textile mills in Turkey are currently shipping to Europe.", quote: "Some 40",
            noun: "textile mills", action: "shipped"),
        Case(
            text: "Of the applicants, 40% left on time, 25% are still in Canada and 5% never returned.", quote: "25%",
            noun: "-", action: "-"),
        Case(text: "5% never returned to the country.", quote: "5%", noun: "-", action: "returned"),
        Case(
            text: "In the United States the group has 40 offices.", quote: "40", noun: "offices", action: "-"),
        Case(
            text: "The guild was registered in 1990, boasting over 2,000 members.", quote: "over 2,000",
            noun: "members", action: "-"),
        Case(
            text: "Exports are on course to triple, reaching $8 billion next year.", quote: "$8 billion", noun: "USD",
            action: "-"),
        Case(text: "Ruiz won 40 percent of the vote.", quote: "40 percent", noun: "vote", action: "won"),
        Case(text: "Wages are low, about $90/month.", quote: "about $90", noun: "USD", action: "-"),
        Case(
            text: "Homicides   250 cases   8%(230 homicides)", quote: "230", noun: "homicides", action: "-"),
        Case(
            text: "The firm sells 20 times its imports.", quote: "20", noun: "imports", action: "sold"),
        Case(
            text: "Pollsters held 900 in-person interviews.", quote: "900", noun: "in-person interviews", action: "held"
        ),
        Case(
            text: "By May, at least ten miners' bodies were found.", quote: "at least ten", noun: "miners' bodies",
            action: "found"),
        Case(
            text: "None of the interns stayed on: 60% are back at school.", quote: "60%", noun: "interns",
            action: "-"),
        Case(
            text: "The plant is building a 300 MW turbine near the coast.", quote: "300", noun: "MW turbine",
            action: "-"),
    ])
    func shareMoneyAndVerb(_ example: Case) throws {
        let figures = try FigureRulesTests.figures(example.text)
        let figure = try #require(figures.first { $0.quote == example.quote }, "figures: \(figures.map(\.quote))")
        #expect((figure.countedNoun ?? "-") == example.noun)
        #expect((figure.action ?? "-") == example.action)
    }

    @Test func aCountInAnAmountDoesNotTakeTheAmountsVerb() throws {
        let figures = try FigureRulesTests.figures(
            "The navy bought USD 2 billion in ships, including four frigates and 20 boats.")
        #expect(figures.map { $0.action ?? "-" } == ["bought", "-", "-"])
    }
}
