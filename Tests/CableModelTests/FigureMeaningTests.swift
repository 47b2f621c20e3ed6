import CableModel
import Testing

/// What a figure means beyond its phrase: its category, its action in the questionnaire's terms, its relevance, and
/// a year that holds beyond its sentence.
@Suite struct FigureMeaningTests {
    /// The figures of a text read as one unnumbered paragraph.
    private func figures(_ text: String) throws -> [Figure] { try FigureRulesTests.figures(text) }

    /// The figures of a paragraph of a cable sent in March 2011 (its reporting period is 2010).
    private func figuresOfCableSentIn2011(_ paragraph: String) throws -> [Figure] {
        try TIPFormTests.figures(sentIn2011: "1. (U) \(paragraph)")
    }

    private func figure(_ quote: String, in figures: [Figure]) -> Figure? { figures.first { $0.quote == quote } }

    @Test func openingNamesAnInvestigationOnlyOfCases() throws {
        let found = try figures(
            "In 2008 police opened 14 cases. That year three new bakeries were opened in the capital.")
        #expect(figure("14", in: found)?.reportedAction == .investigated)
        #expect(figure("three", in: found)?.reportedAction == nil)
        #expect(figure("three", in: found)?.relevance.isReported == false)
    }

    /// A paragraph, whether it stands in a cable sent in 2011, and the year each figure (by its quote) should get.
    struct Dating: Sendable, CustomTestStringConvertible {
        let text: String
        var sentIn2011 = false
        let years: [Year]
        var testDescription: String { text }

        struct Year: Sendable {
            let quote: String
            let year: Int?
        }
    }

    @Test(arguments: [
        // A year holds for the sentences after it.
        Dating(
            text: "In 2011 the police opened 12 cases. They prosecuted four cases and convicted five people.",
            years: [.init(quote: "four", year: 2011), .init(quote: "five", year: 2011)]),
        // A compared year does not carry on.
        Dating(
            text: "The ministry opened 30 cases in 2012, compared with 21 in 2011. It convicted six traffickers.",
            years: [.init(quote: "21", year: 2011), .init(quote: "six", year: 2012)]),
        // A sentence about the present takes no carried year.
        Dating(
            text: "In 2010 prosecutors charged 7 suspects. There are currently 3 cases before the courts.",
            years: [.init(quote: "7", year: 2010), .init(quote: "3", year: nil)]),
        // A year in a sentence without figures dates the next ones.
        Dating(
            text: "The new unit began work in 2008. It arrested 14 traffickers.",
            years: [.init(quote: "14", year: 2008)]),
        // A past tense that no lexicon names still takes the carried year.
        Dating(
            text: "The unit began in 2009. The courts reported 12 cases.", years: [.init(quote: "12", year: 2009)]),
        // The reporting period is the year before the cable.
        Dating(
            text: "During the reporting period police identified 9 victims. They referred 6 victims to shelters.",
            sentIn2011: true, years: [.init(quote: "9", year: 2010), .init(quote: "6", year: 2010)]),
        // A paragraph about the reporting period dates its undated figures.
        Dating(
            text: "Courts convicted 8 offenders. All of these judgments fell within the reporting period.",
            sentIn2011: true, years: [.init(quote: "8", year: 2010)]),
    ])
    func yearsHoldBeyondTheirSentence(_ example: Dating) throws {
        let found = try example.sentIn2011 ? figuresOfCableSentIn2011(example.text) : figures(example.text)
        for expected in example.years {
            #expect(figure(expected.quote, in: found)?.year == expected.year, "\(expected.quote)")
        }
    }

    @Test func aYearBeforeTheNounDatesAnAmountWhateverTheTense() throws {
        let found = try figures("The 2012 budget gives USD 40,000 to a shelter for victims.")
        #expect(figure("USD 40,000", in: found)?.year == 2012)
    }

    @Test func aPrescribedTermKeepsNoYear() throws {
        let found = try figures(
            "In 2003 parliament amended the code. Forced labor is punishable by up to 12 years in prison.")
        let term = figure("up to 12", in: found)
        #expect(term?.reportedAction == .prescribed)
        #expect(term?.year == nil)
        #expect(term?.category == .yearsOfImprisonment)
        #expect(term?.relevance == .penalties)
    }

    @Test func aTermImposedIsSentencedAndSoIsTheNextOfItsSentence() throws {
        let found = try figures(
            "Theft is punishable by up to 9 years, but thieves rarely draw sentences of more than 2 years, "
                + "with 1 year more usual.")
        #expect(figure("up to 9", in: found)?.reportedAction == .prescribed)
        #expect(figure("more than 2", in: found)?.reportedAction == .sentenced)
        #expect(figure("1", in: found)?.reportedAction == .sentenced)
    }

    @Test func aRangeOfTermsRunningToAnotherRangeIsTheBaseAndTheAggravatedPenalty() throws {
        let cable = try CableLoader.loadFirst(
            Array("Kidnapping (Article 12) is punished by terms from 4 to 6 years to 10 to 14 years.".utf8),
            knowledge: TestIndex.knowledge)
        let row = CableStatistics(cable: cable).penalties.rows.first
        #expect(row?.tiers(.base).map(\.text) == ["4–6 years"])
        #expect(row?.tiers(.aggravated).map(\.text) == ["10–14 years"])
    }

    @Test func aTermUnderAStatuteWithNoSentenceImposedIsPrescribed() throws {
        let cable = try CableLoader.loadFirst(
            Array("Article 40, aggravated fraud, imprisonment from three to nine years.".utf8),
            knowledge: TestIndex.knowledge)
        let found = IndexedCable(cable, knowledge: TestIndex.knowledge).statistics.figures
        #expect(figure("three to nine", in: found)?.reportedAction == .prescribed)
    }

    @Test(arguments: [
        ("Police opened 6 cases.", ReportedAction.investigated),
        ("The agency returned 11 victims to their homes.", .repatriated),
        ("Prosecutors received 5 cases of forced labor.", .investigated),
        ("The court convicted 3 traffickers.", .convicted),
    ])
    func verbsNameTheQuestionnairesActions(_ text: String, _ action: ReportedAction) throws {
        #expect(try figures(text).first?.reportedAction == action)
    }

    @Test func anAmountAndItsEquivalentShareADate() throws {
        let found = try figures("The clinic will get NOK 90,000 (US $15,000) in 2013.")
        #expect(found.map(\.year) == [2013, 2013])
    }

    @Test(arguments: [
        ("Courts handed down 4 convictions.", ReportedAction.convicted),
        ("There were 9 investigations.", .investigated),
        ("Officers had 3 cases under investigation.", .investigated),
        ("Eleven cases went to trial.", .prosecuted),
        ("Prosecutors indicted 6 suspects.", .charged),
        ("The state prosecuted 8 people on charges of fraud.", .prosecuted),
        ("Courts obtained convictions in 5 cases.", .convicted),
        ("Two Danes are serving prison sentences.", .sentenced),
        ("Only one sentence was imposed on the ring.", .sentenced),
    ])
    func nounsAndClausesNameActions(_ text: String, _ action: ReportedAction) throws {
        #expect(try figures(text).first?.reportedAction == action)
    }

    @Test(arguments: [
        ("A charity gave shelter to 12 victims.", ReportedAction.sheltered),
        ("About 7 victims received assistance from the state.", .assisted),
        ("The NGO knew of 4 confirmed victims.", .identified),
    ])
    func victimsTakeTheirActionFromTheirClause(_ text: String, _ action: ReportedAction) throws {
        #expect(try figures(text).first?.reportedAction == action)
    }

    @Test(arguments: [
        ("Police opened 6 trafficking cases.", FigureCategory.cases, FigureRelevance.enforcement),
        ("They found 9 victims of forced labor.", .victims, .victims),
        ("Police detained 2 suspects.", .suspects, .enforcement),
        ("Police arrested two Belgians.", .people, .enforcement),
        ("The state paid EUR 3,000 to the shelter.", .money, .money),
        ("Fraud is punishable by fines of up to 200 times the minimum wage.", .fines, .penalties),
        ("The sanction rises to 3-9 years.", .yearsOfImprisonment, .penalties),
    ])
    func categoriesAndRelevance(_ text: String, _ category: FigureCategory, _ relevance: FigureRelevance) throws {
        let found = try figures(text).first
        #expect(found?.category == category)
        #expect(found?.relevance == relevance)
    }

    @Test func raidsAreTheLawsWork() throws {
        #expect(try figures("Officers carried out 14 raids on farms.").first?.relevance == .enforcement)
    }

    @Test(arguments: [
        "The course lasted six hours.", "Officers spent 40 hours preparing the report.",
        "The road is 30 kilometers long.", "The number of 2011 cases received by prosecutors rose.",
    ])
    func durationsAndMeasuresAreContext(_ text: String) throws {
        let found = try figures(text)
        #expect(!found.isEmpty && found.allSatisfy { $0.relevance == .context })
    }

    @Test func partsOfVictimsAreVictims() throws {
        let found = try figures("The shelter assisted 30 victims in 2012, of whom 18 were women and 12 children.")
        #expect(found.map(\.category) == [.victims, .victims, .victims])
    }

    @Test func reportedFiguresComeBeforeOthersAndContext() {
        #expect(FigureRelevance.enforcement < .other && FigureRelevance.other < .context)
        #expect(FigureRelevance.money.isReported && !FigureRelevance.other.isReported)
    }
}
