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

    /// A month without a year is the last such month up to the cable's date (sent in March 2011).
    @Test func aMonthWithoutAYearTakesTheYearOfTheCable() throws {
        let found = try TIPFormTests.figures(
            sentIn2011: """
                1. (U) In September police arrested 4 suspects. In February prosecutors charged 3 of them.

                2. (U) Since April 2009, police have found 12 victims.
                """)
        #expect(TIPFormTests.figures("4", in: found).first?.year == 2010)
        #expect(TIPFormTests.figures("3", in: found).first?.year == 2011)
        #expect(TIPFormTests.figures("12", in: found).first?.year == nil)
    }

    /// `one of the victims` is a pronoun; `at least one of the victims` counts one.
    @Test func aQualifiedOneOfCounts() throws {
        let found = try FigureRulesTests.figures(
            "At least one of the victims was repatriated. One of the suspects fled abroad.")
        #expect(found.map(\.quote) == ["At least one"])
        #expect(found.first?.value == 1 && found.first?.qualifier == .atLeast)
    }

    /// `absolved` is an acquittal.
    @Test func absolvedIsAnAcquittal() throws {
        let found = try FigureRulesTests.figures("Of the nine defendants, the judges convicted two and absolved seven.")
        #expect(TIPFormTests.figures("seven", in: found).first?.reportedAction == .acquitted)
    }

    /// A term in practice is imposed (`actual sentences range from`); one for a class of persons (`those convicted`)
    /// is what the law sets.
    @Test func actualSentencesAreImposedAndThoseConvictedIsAClass() throws {
        let found = try FigureRulesTests.figures(
            """
            Forced labor is punishable by up to 12 years in prison, but actual sentences usually range from two to \
            four years. In 2008 a new law raised the penalties for those convicted of forced labor to 15 years.
            """)
        #expect(TIPFormTests.figures("up to 12", in: found).first?.reportedAction == .prescribed)
        #expect(TIPFormTests.figures("two to four", in: found).first?.reportedAction == .sentenced)
        #expect(TIPFormTests.figures("15", in: found).first?.reportedAction == .prescribed)
    }

    /// `on March 29 and 30`: two days of a month are a date, not a count, once the month dates figures.
    @Test func twoDaysOfAMonthAreADate() throws {
        let found = try TIPFormTests.figures(
            sentIn2011: "1. (U) The coast guard searched the bay on March 29 and 30. On May 5, 20 people were rescued.")
        #expect(found.map(\.quote) == ["20"])
    }

    /// A change from the year before: where it started is the year before the figure it changed into, when their
    /// sentence dates both; `last year` after a figure dates it and counts nothing.
    @Test func aChangeStartsInTheYearBefore() throws {
        let found = try TIPFormTests.figures(
            sentIn2011: """
                1. (U) During the reporting period, the police increased its arrests for forced labor to 40, up \
                from 12 last year, and raised the number of convictions from 3 to 7. Fines rose from 5 in 2008 to 9.
                """)
        let expected: [(String, ReportedAction, Int)] = [
            ("40", .arrested, 2010), ("12", .arrested, 2009), ("3", .convicted, 2009), ("7", .convicted, 2010),
        ]
        for (quote, action, year) in expected {
            let figure = try #require(TIPFormTests.figures(quote, in: found).first)
            #expect(figure.reportedAction == action, "\(quote)")
            #expect(figure.year == year, "\(quote)")
        }
        #expect(TIPFormTests.figures("12", in: found).first?.countedNoun == "arrests")
        #expect(TIPFormTests.figures("5", in: found).first?.year == 2008)
    }

    /// A change's start that writes its own date keeps it (`up from 22 in 2009`), whatever its sentence dates.
    @Test func aChangeStartWithItsOwnDateKeepsIt() throws {
        let found = try TIPFormTests.figures(
            sentIn2011: "1. (U) Prosecutors opened 30 trafficking cases, up from 22 in 2009.\n")
        #expect(TIPFormTests.figures("22", in: found).first?.year == 2009)
    }

    /// A bare `one` counts when the law acted on it: a verdict (`found not guilty`), a state `under` an action with
    /// a modifier (`under preventive detention`), a relative clause whose passive names an action.
    @Test func aBareOneCountsWhenTheLawActedOnIt() throws {
        let found = try TIPFormTests.figures(
            sentIn2011: """
                1. (U) In 2010 the court tried six smugglers. One defendant was found not guilty. However, one \
                border guard is under preventive detention. Police questioned nine drivers, as well as one \
                mechanic who was later arrested. In one town the mayor spoke.
                """)
        let ones = found.filter { $0.value == 1 }
        #expect(ones.map(\.quote) == ["One", "one", "one"])
        #expect(ones.map(\.reportedAction) == [.acquitted, .arrested, .arrested])
    }

    /// `two others`: the count stands for the noun of the figure before and takes its category.
    @Test func othersTakeTheCategoryOfTheFigureBefore() throws {
        let found = try FigureRulesTests.figures(
            "Last year twelve suspects were extradited and three others are awaiting extradition.")
        #expect(TIPFormTests.figures("three", in: found).first?.category == .suspects)
        #expect(TIPFormTests.figures("three", in: found).first?.relevance == .enforcement)
    }

    /// `were trafficked` is the verb of a claimed count, which keeps its attribution.
    @Test func aClaimedCountHasTheVerbOfItsClause() throws {
        let found = try FigureRulesTests.figures("Activists claim 40 children were trafficked to the coast.")
        let figure = try #require(found.first)
        #expect(figure.action == "trafficked")
        #expect(figure.attribution == .alleged)
    }

    /// `at least one of the 2008 convictions`: the year of the whole dates the part, not the year carried from the
    /// sentence before.
    @Test func theYearOfAWholeDatesItsPart() throws {
        let found = try TIPFormTests.figures(
            sentIn2011: """
                1. (U) In 2006 the first court opened. Judges say that at least one of the 2008 convictions was \
                appealed \
                in 2010.
                """)
        #expect(TIPFormTests.figures("at least one", in: found).first?.year == 2008)
    }

    /// `five?to-nine years`: a question mark glued between a number and `to-` is a hyphen lost in conversion.
    @Test func aLostHyphenBeforeARangeWordKeepsTheRange() throws {
        let found = try FigureRulesTests.figures(
            "Kidnapping is punishable by two to five years; the penalty rises to five?to-nine years if the victim is a minor."
        )
        let figure = try #require(found.first { $0.low == 5 })
        #expect(figure.quote == "five?to-nine")
        #expect(figure.high == 9)
        #expect(figure.reportedAction == .prescribed)
    }

    /// A definite count naming a reported group again (`All six women`, `The six`), and a part of it (`three of the
    /// women`), are reported as the group was; a definite count of a group never reported stays another count.
    @Test func aRepeatedGroupIsReportedAsItWas() throws {
        let found = try TIPFormTests.figures(
            sentIn2011: """
                1. (U) In 2010 a gang forced six Moldovan women into prostitution. All six women had tourist \
                visas. The six were later housed by a charity, and at least three of the women spoke to the press. \
                The museum hired the two guides.
                """)
        let sixes =
            TIPFormTests.figures("six", in: found) + TIPFormTests.figures("All six", in: found)
            + TIPFormTests.figures("The six", in: found)
        #expect(sixes.count == 3)
        #expect(sixes.allSatisfy { $0.relevance == .victims })
        #expect(TIPFormTests.figures("at least three", in: found).first?.relevance == .victims)
        #expect(TIPFormTests.figures("two", in: found).first?.relevance == .other)
    }

    /// `six separate, confirmed cases`: a comma between two modifiers of a plural noun does not end the noun phrase;
    /// one before a phrase with no plural head (`Tajik, Uzbek and Kyrgyz`) or after a plural noun does.
    @Test func aCommaBetweenModifiersKeepsTheNoun() throws {
        let found = try TIPFormTests.figures(
            sentIn2011: """
                1. (U) In 2010 police knew of six separate, confirmed trafficking cases. Guards stopped 24 Tajik, \
                Uzbek and Kyrgyz migrants and 5 women, children and men.
                """)
        let six = try #require(TIPFormTests.figures("six", in: found).first)
        #expect(six.countedNoun == "separate, confirmed trafficking cases")
        #expect(six.category == .cases)
        #expect(TIPFormTests.figures("24", in: found).first?.countedNoun == "Tajik")
        #expect(TIPFormTests.figures("5", in: found).first?.countedNoun == "women")
    }

    /// A count over several years (`over the last four years`) or per year holds no one year; a rate per month
    /// within a dated year keeps it.
    @Test func aCountOverSeveralYearsOrPerYearHasNoYear() throws {
        let found = try TIPFormTests.figures(
            sentIn2011: """
                1. (U) In January 2010 the shelters said they had met 6-20 trafficking victims over the last four \
                years. Activists think the problem affects 5-20 victims per year. In 2010 guards stopped four \
                women per month. Police counted 12 cases in the past two years, and in 2010 opened 3 cases.
                """)
        for quote in ["6-20", "5-20", "12"] {
            let figure = try #require(TIPFormTests.figures(quote, in: found).first)
            #expect(figure.year == nil, "\(quote)")
            #expect(figure.period == nil, "\(quote)")
        }
        #expect(TIPFormTests.figures("four", in: found).first?.year == 2010)
        #expect(TIPFormTests.figures("3", in: found).first?.year == 2010)
    }

    /// `three NGOs`: an acronym in capitals names bodies, not a nationality's people.
    @Test func anAcronymIsNoNationality() throws {
        let found = try FigureRulesTests.figures(
            "The meeting of three NGOs heard that police arrested two Moldovans for trafficking.")
        #expect(TIPFormTests.figures("three", in: found).first?.category == nil)
        #expect(TIPFormTests.figures("three", in: found).first?.relevance.isReported == false)
        #expect(TIPFormTests.figures("two", in: found).first?.category == .people)
    }

    /// An amount and its equivalent in parentheses are one sum: a wage read beside either is money of no report
    /// for both; damages awarded stay money.
    @Test func anAmountAndItsEquivalentShareTheirRelevance() throws {
        let found = try FigureRulesTests.figures(
            """
            The farmer promised to pay the boy EUR 200 (US $260) a month. In 2010 a court awarded the boy \
            EUR 9,000 (US $11,700) in damages.
            """)
        #expect(TIPFormTests.figures("EUR 200", in: found).first?.relevance == .other)
        #expect(TIPFormTests.figures("$260", in: found).first?.relevance == .other)
        #expect(TIPFormTests.figures("EUR 9,000", in: found).first?.relevance == .money)
        #expect(TIPFormTests.figures("$11,700", in: found).first?.relevance == .money)
    }

    /// `In the one case (opened in 2008) wherein a bar owner was convicted`: the passive of a relative clause of
    /// place, after its own subject and a parenthesis, names the action of the count it follows.
    @Test func aRelativeClauseOfPlaceNamesTheAction() throws {
        let found = try FigureRulesTests.figures(
            """
            In the one case (opened in 2008) wherein a bar owner was convicted of fraud, the court fined him. \
            In the one case in which a driver was arrested, police seized his truck.
            """)
        let ones = found.filter { $0.value == 1 }
        #expect(ones.map(\.reportedAction) == [.convicted, .arrested])
    }

    /// A date a few words after `since` starts a span: the sentences after it take the date before it.
    @Test func aDateAfterSinceDatesNoLaterSentence() throws {
        let found = try TIPFormTests.figures(
            sentIn2011: """
                1. (U) Prosecutors charged six men in January 2011. They have been held since their arrest in \
                October. The six men, as well as one driver who was later indicted, were tried.
                """)
        let one = try #require(found.first { $0.value == 1 })
        #expect(one.reportedAction == .charged)
        #expect(one.year == 2011)
    }

    /// `30 possible victims (including the agency's four)`: a part with no action of its own underwent what its
    /// whole did.
    @Test func aPartIncludedInAWholeTakesItsAction() throws {
        let found = try TIPFormTests.figures(
            sentIn2011: """
                1. (U) In 2010 the charity was working with 30 possible trafficking victims (including the \
                agency's four) in the capital.
                """)
        #expect(TIPFormTests.figures("four", in: found).first?.reportedAction == .assisted)
    }

    /// `a maximum 30-day-fine`: a fine counted in days of income is a fine the law sets, not a stretch of time.
    @Test func aDayFineIsAFine() throws {
        let found = try FigureRulesTests.figures(
            "Article 12 imposes a maximum 30-day-fine on any landlord who tolerates minors in a brothel.")
        let figure = try #require(found.first { $0.value == 30 })
        #expect(figure.category == .fines)
        #expect(figure.reportedAction == .prescribed)
        #expect(figure.relevance == .penalties)
    }

    /// An estimate of persons is a population, not a count of victims; victims estimated stay victims.
    @Test func anEstimateOfPersonsIsAPopulation() throws {
        let found = try FigureRulesTests.figures(
            """
            Activists estimate 9 thousand girls have been forced into prostitution abroad. Police estimate 40 \
            victims in the cases they studied. Police freed 12 girls forced into prostitution.
            """)
        #expect(TIPFormTests.figures("9 thousand", in: found).first?.relevance == .other)
        #expect(TIPFormTests.figures("40", in: found).first?.relevance == .victims)
        #expect(TIPFormTests.figures("12", in: found).first?.relevance == .victims)
    }

    /// An amount in a sentence about a debt is what victims owe, money of no report.
    @Test func anAmountOfADebtIsNotReported() throws {
        let found = try FigureRulesTests.figures(
            "The gang lent EUR 5,000 to each family, and the girls then had to work off the debt.")
        #expect(TIPFormTests.figures("EUR 5,000", in: found).first?.relevance == .other)
    }

    /// `four known victims` under a heading about assistance: the noun's own words say what was done first.
    @Test func theNounsOwnWordsNameTheActionFirst() throws {
        let found = try FigureRulesTests.figures(
            "G. VICTIM ASSISTANCE: As noted above, the agency reported four known victims during the year.")
        #expect(TIPFormTests.figures("four", in: found).first?.reportedAction == .identified)
    }
}
