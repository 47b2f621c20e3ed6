import CableData
import CableModel
import Testing

/// The rules of English number phrases, one sentence at a time.
@Suite struct FigureRulesTests {
    /// The figures of a text read as one unnumbered paragraph.
    static func figures(_ text: String) throws -> [Figure] {
        let cable = try CableLoader.loadFirst(Array(text.utf8), knowledge: .bundled)
        return CableStatistics(cable: cable).figures
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let quote: String
        let value: Double?
        var low: Double? = nil
        var high: Double? = nil
        var qualifier: Figure.Qualifier? = nil
        var unit: String? = nil
        var action: String? = nil
        var testDescription: String { text }
    }

    @Test(arguments: [
        Case(text: "Police arrested 24 suspects.", quote: "24", value: 24, unit: "suspects", action: "arrested"),
        Case(
            text: "The court convicted 1,295 people.", quote: "1,295", value: 1295, unit: "people", action: "convicted"),
        Case(
            text: "They identified fourteen victims.", quote: "fourteen", value: 14, unit: "victims",
            action: "identified"),
        Case(
            text: "Twenty-four women were rescued.", quote: "Twenty-four", value: 24, unit: "women", action: "rescued"),
        Case(text: "Officials trained a dozen judges.", quote: "a dozen", value: 12, unit: "judges", action: "trained"),
        Case(
            text: "Some two hundred and five families fled.", quote: "Some two hundred and five", value: 205,
            qualifier: .about, unit: "families", action: "fled"),
        Case(text: "It opened two 2 cases.", quote: "two 2", value: 2, unit: "cases", action: "opened"),
        Case(text: "It opened two (2) cases.", quote: "two (2)", value: 2, unit: "cases", action: "opened"),
        Case(
            text: "Between 40 and 200 girls were sold.", quote: "Between 40 and 200", value: nil, low: 40, high: 200,
            unit: "girls", action: "sold"),
        Case(text: "The term is 5-8 years.", quote: "5-8", value: nil, low: 5, high: 8, unit: "years"),
        Case(
            text: "The term is 5 to 8 years of imprisonment.", quote: "5 to 8", value: nil, low: 5, high: 8,
            unit: "years of imprisonment"),
        Case(
            text: "At least 20 victims were repatriated.", quote: "At least 20", value: 20, qualifier: .atLeast,
            unit: "victims", action: "repatriated"),
        Case(
            text: "The sentence is up to 2 years imprisonment.", quote: "up to 2", value: 2, qualifier: .upTo,
            unit: "years imprisonment"),
        Case(
            text: "There are around 100 shelters.", quote: "around 100", value: 100, qualifier: .about, unit: "shelters"
        ),
        Case(
            text: "More than 300 officers attended training.", quote: "More than 300", value: 300, qualifier: .moreThan,
            unit: "officers", action: "trained"),
        Case(
            text: "Nearly 50 girls were identified.", quote: "Nearly 50", value: 50, qualifier: .nearly, unit: "girls",
            action: "identified"),
        Case(
            text: "Over 30 brothels were closed.", quote: "Over 30", value: 30, qualifier: .moreThan, unit: "brothels",
            action: "closed"),
        Case(
            text: "Approximately 75 children were returned.", quote: "Approximately 75", value: 75, qualifier: .about,
            unit: "children", action: "returned"),
        Case(text: "Unemployment reached 20% last year.", quote: "20%", value: 20),
        Case(text: "Unemployment reached 20 percent last year.", quote: "20 percent", value: 20),
        Case(text: "The grant is USD 310,000 this year.", quote: "USD 310,000", value: 310_000, unit: "USD"),
        Case(text: "The grant is $1.5 million this year.", quote: "$1.5 million", value: 1_500_000, unit: "USD"),
        Case(text: "The fund pays ISK 2.5 million a year.", quote: "ISK 2.5 million", value: 2_500_000, unit: "ISK"),
        Case(text: "A fine of 900 kronur was paid.", quote: "900 kronur", value: 900, unit: "kronur"),
        Case(
            text: "Fraud carries prison terms of two-to-seven years.", quote: "two-to-seven", value: nil, low: 2,
            high: 7, unit: "years"),
        Case(text: "The fund holds 155K for victims.", quote: "155K", value: 155_000),
        Case(
            text: "The ministry spent RMB 12 billion on roads.", quote: "RMB 12 billion", value: 12_000_000_000,
            unit: "RMB"),
        Case(
            text: "About 1 million migrants work abroad.", quote: "About 1 million", value: 1_000_000,
            qualifier: .about,
            unit: "migrants"),
        Case(text: "The victim was abroad within six hours.", quote: "six", value: 6, unit: "hours"),
        Case(text: "Teachers picked cotton for 15 days.", quote: "15", value: 15, unit: "days"),
        Case(
            text: "He was sentenced to two and a half years in prison.", quote: "two and a half", value: 2.5,
            unit: "years in prison", action: "sentenced"),
        Case(
            text: "The camps hold half a million refugees.", quote: "half a million", value: 500_000, unit: "refugees"),
        Case(
            text: "Police detained 9 or 10 suspects.", quote: "9 or 10", value: nil, low: 9, high: 10, unit: "suspects",
            action: "arrested"),
        Case(
            text: "The law covers two or more persons.", quote: "two or more", value: 2, qualifier: .atLeast,
            unit: "persons"),
        Case(text: "The army has 1,000 U.S. troops there.", quote: "1,000", value: 1000, unit: "U.S. troops"),
    ])
    func figureIsRead(_ example: Case) throws {
        let figures = try FigureRulesTests.figures(example.text)
        let figure = try #require(figures.first { $0.quote == example.quote }, "figures: \(figures.map(\.quote))")
        #expect(figure.value == example.value)
        #expect(figure.low == example.low)
        #expect(figure.high == example.high)
        #expect(figure.qualifier == example.qualifier)
        if let unit = example.unit { #expect(figure.countedNoun == unit) }
        if let action = example.action { #expect(figure.action == action) }
    }

    @Test(arguments: [
        "The law was passed in 2009.",
        "The report was due in February 2010.",
        "The President spoke on January 30 about reform.",
        "The program covers the period 2006-2010.",
        "He met the minister on 12 March 2009.",
        "Under Article 167 of the Criminal Code, sale of minors is a crime.",
        "See paragraph 25 and section 4 for details.",
        "Call him on phone +992 90 700 5011 today.",
        "Chaz Martin, Foreign Service Officer, FS-04, drafted it.",
        "She teaches Grade 8 at the school.",
        "The 4th Brigade moved north.",
        "It is one of the poorest countries.",
        "In one case, a trafficker recruited a man.",
        "See STATE 2094 for the questions.",
        "The unit Lahav 433 leads the fight.",
        "They discussed the 1990s at length.",
        "The meeting started at 12:22 and ended at 3 p.m.",
        "The Tier 2 ranking was kept.",
        "They met at 10am on 1/27/2009.",
        "The Shannon Five were acquitted.",
        "The \"List of 20\" was published.",
        "Under E.O. 12958 section 1.4 (b) and (d), it is classified.",
        "The Constitution may be amended only through a two-thirds vote.",
        "Article 319 (renumbered 313) was repealed.",
        "The penalty is higher when the victim is under 18.",
        "Children under 16 may not work at night, nor may persons over 60 years of age.",
        "The plan asks the ministry to: 1) cut spending and 2) raise taxes.",
        "Shelling began at about 1830 in the valley and went on until 2200, when it stopped.",
        "At 1430 local time the convoy left.",
        "The survey ran from March 3 to 9 and was published later.",
        "Both delegations praised the recent 2 2 talks.",
        "Exports showed an increase over 2008 in every month.",
        "Critics call it a zero-sum game.",
        "The envoy urged the two opposing sides to talk.",
        "BOGOTA 2271",
    ])
    func notAFigure(_ text: String) throws {
        let figures = try FigureRulesTests.figures(text)
        #expect(figures.isEmpty, "figures: \(figures.map(\.quote))")
    }

    @Test func agesAreKeptApart() throws {
        let cable = try CableLoader.loadFirst(
            Array("A fourteen-year old girl and a 31-year-old woman were found.".utf8), knowledge: .bundled)
        let statistics = CableStatistics(cable: cable)
        #expect(statistics.figures.isEmpty)
        #expect(statistics.ages.map(\.quote) == ["fourteen", "31"])
        #expect(statistics.ages.allSatisfy { $0.kind == .age })
    }

    @Test func anAgeBoundedByYoungerOrOlderIsKeptApart() throws {
        let cable = try CableLoader.loadFirst(
            Array("The term doubles if the child is 11 years or younger; 40 men got ten years or more.".utf8),
            knowledge: .bundled)
        let statistics = CableStatistics(cable: cable)
        #expect(statistics.ages.map(\.quote) == ["11"])
        #expect(statistics.figures.map(\.quote) == ["40", "ten"])
    }

    @Test func aReferenceNumberRepeatedBareIsStillTheReference() throws {
        let figures = try FigureRulesTests.figures(
            "Article 239 bars reelection.\n\nThe 239 argument is flawed, and 239 officials said so.")
        #expect(figures.map(\.quote) == ["239"])
        #expect(figures.first?.countedNoun == "officials")
    }

    @Test func agesBetweenCommasAfterANameAreKeptApart() throws {
        let cable = try CableLoader.loadFirst(
            Array("Defense Minister Jung, 60, was moved; 12 officers, 5 of them new, left.".utf8), knowledge: .bundled)
        let statistics = CableStatistics(cable: cable)
        #expect(statistics.ages.map(\.quote) == ["60"])
        #expect(statistics.figures.map(\.quote) == ["12", "5"])
    }

    @Test func moreBeforeANounIsNotTheNoun() throws {
        let sessions = try FigureRulesTests.figures("They scheduled three more plenary sessions.")
        #expect(sessions.map { $0.countedNoun ?? "-" } == ["plenary sessions"])
        let officers = try FigureRulesTests.figures("27 officers were fired in May; 13 more were dismissed in June.")
        #expect(officers.map { $0.countedNoun ?? "-" } == ["officers", "officers"])
        #expect(officers.map { $0.action ?? "-" } == ["fired", "dismissed"])
    }

    @Test func oneIsAnArticleAfterAPlacePrepositionOrOpeningASentence() throws {
        let corpses = try FigureRulesTests.figures("Three soldiers died at one checkpoint near the border.")
        #expect(corpses.map(\.quote) == ["Three"])
        let farmer = try FigureRulesTests.figures("One farmer was threatened by 40 men.")
        #expect(farmer.map(\.quote) == ["40"])
        let raids = try FigureRulesTests.figures("Police raided four bars, including one in May.")
        #expect(raids.map(\.quote) == ["four"])
    }

    @Test(arguments: [
        "During the year there was one confirmed case.",
        "The clash caused the death of one soldier.",
        "Officials said that one soldier had been wounded.",
        "In the one case still open, a recruiter was charged.",
        "The border guards detained one smuggler near the port.",
        "Last spring the court convicted one recruiter of fraud.",
    ])
    func oneCountsWhenReportedActedOnOrTheSubjectOfAPassive(_ text: String) throws {
        #expect(try FigureRulesTests.figures(text).map(\.quote) == ["one"])
    }

    @Test func aLowerAndAHedgedUpperBoundAreOneRange() throws {
        let figures = try FigureRulesTests.figures("Monitors counted at least 40 and possibly as many as 75 recruits.")
        #expect(figures.map(\.quote) == ["at least 40 and possibly as many as 75"])
        #expect(figures.first.map { [$0.low, $0.high] } == [40, 75])
        #expect(figures.first?.qualifier == nil)
        let apart = try FigureRulesTests.figures("They held at least 40 men and as many as 75 women.")
        #expect(apart.map(\.quote) == ["at least 40", "as many as 75"])
    }

    @Test func aNounHeldUnderAnActionTakesIt() throws {
        let figures = try FigureRulesTests.figures(
            "Two smugglers remain under arrest. The 14 files still under review were sent back.")
        #expect(figures.map { $0.action ?? "-" } == ["arrested", "-"])
        let held = try FigureRulesTests.figures("The police kept the one recruiter currently under investigation.")
        #expect(held.map { $0.action ?? "-" } == ["investigated"])
    }

    @Test func oneOpeningASentenceCountsTheSubjectOfAnAction() throws {
        let figures = try FigureRulesTests.figures("One trafficker was convicted in March.")
        #expect(figures.map(\.quote) == ["One"])
        #expect(figures.first?.action == "convicted")
        #expect(try FigureRulesTests.figures("He was the one who left. One guard was seen at the gate.").isEmpty)
        #expect(try FigureRulesTests.figures("Talks such as the one planned for May were put off.").isEmpty)
        #expect(try FigureRulesTests.figures("The one thing they lack is money.").isEmpty)
    }

    @Test(arguments: [
        "Police found 12 victims, and there was one who escaped.",
        "Police questioned 12 men, one after the other.",
        "The 12 ministers were of one mind.",
        "Officials of one kind or another met 12 victims.",
        "The 12 victims and one of the traffickers were held.",
        "There were 12 victims but no one was charged.",
        "The 12 victims helped one another.",
    ])
    func oneAsAPronounOrFillerIsNotACount(_ text: String) throws {
        #expect(try FigureRulesTests.figures(text).map(\.quote) == ["12"])
    }

    @Test func oneCountingANounBesideOtherFiguresStays() throws {
        let figures = try FigureRulesTests.figures("Police found 12 victims; only one victim was repatriated.")
        #expect(figures.map(\.quote) == ["12", "one"])
        #expect(figures.last?.countedNoun == "victim")
    }

    @Test func aShareAfterANameIsAFigure() throws {
        let figures = try FigureRulesTests.figures("The poll gave Lopez 38.5 percent and Ruiz 30.1 percent.")
        #expect(figures.map(\.value) == [38.5, 30.1])
    }

    @Test func oneCountsBesideOtherFiguresAndInMeasures() throws {
        let figures = try FigureRulesTests.figures(
            "The unit has one vehicle and 20 liters of petrol. The program began one year ago.")
        #expect(figures.map(\.quote) == ["one", "20", "one"])
        #expect(figures.map(\.kind) == [.count, .measure, .duration])
    }

    @Test func yearsAndPeriodsAttachToFigures() throws {
        let figures = try FigureRulesTests.figures(
            "It opened 24 cases in 2009, compared to the 23 in 2008. It returned 24 victims from July 2008 to June 2009."
        )
        #expect(figures.map(\.year) == [2009, 2008, nil])
        #expect(figures.map(\.period) == ["in 2009", "in 2008", "from July 2008 to June 2009"])
        #expect(figures[1].countedNoun == "cases" && figures[1].action == "opened")
    }

    @Test func breakdownsPointAtTheirWhole() throws {
        let figures = try FigureRulesTests.figures(
            "IOM assisted 47 victims, of whom 24 were adults and 23 minors. Of the adults, 4 were men. "
                + "The ministry fired 51 officers: 27 in October and 24 in November.")
        let byQuote = { (quote: String) in figures.first { $0.quote == quote } }
        #expect(byQuote("24")?.partOf == byQuote("47")?.id)
        #expect(byQuote("23")?.partOf == byQuote("47")?.id)
        #expect(byQuote("4")?.partOf == byQuote("24")?.id)
        #expect(figures.filter { $0.partOf == byQuote("51")?.id }.map(\.quote) == ["27", "24"])
    }

    @Test func rangesAreScalarOffsetsEvenAfterNonASCIIText() throws {
        let text = "Le ministère a “identifié” 12 victimes — et 3 autres."
        let cable = try CableLoader.loadFirst(Array(text.utf8), knowledge: .bundled)
        let unit = try #require(cable.units.first)
        let scalars = Array(unit.text.unicodeScalars)
        for figure in CableStatistics(cable: cable).figures {
            #expect(String(String.UnicodeScalarView(scalars[figure.range])) == figure.quote)
        }
    }
}
