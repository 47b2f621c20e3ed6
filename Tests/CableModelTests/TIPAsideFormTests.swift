import CableModel
import Testing

/// More sentence forms of the Trafficking in Persons report cables that the TIP gold measured as failing: words in
/// quotes or set apart by dashes, a subject a total counts, terms in an aside, and dates across paragraphs. Each test
/// writes a sentence of the form (not a cable's).
@Suite struct TIPAsideFormTests {
    /// `"worked on" about 25 … "situations."`: a word in quotes goes on with the noun; working on cases assists.
    @Test func aQuotedNounIsCountedAndWorkingOnCasesAssists() throws {
        let found = try TIPFormTests.figures(
            sentIn2011: """
                1. (U) During the reporting period, the task force "worked on" about 25 suspected labor \
                "situations."
                """)
        let figure = try #require(TIPFormTests.figures("about 25", in: found).first)
        #expect(figure.countedNoun?.hasSuffix("situations") == true)
        #expect(figure.category == .cases)
        #expect(figure.reportedAction == .assisted)
        #expect(figure.year == 2010)
    }

    /// `cases … are ongoing` are before the courts, in the present: prosecuted, with no year.
    @Test func ongoingCasesAreProsecuted() throws {
        let found = try TIPFormTests.figures(
            sentIn2011: "1. (U) In 2010 police arrested 6 recruiters. Four cases involving the recruiters are ongoing.")
        let figure = try #require(TIPFormTests.figures("Four", in: found).first)
        #expect(figure.reportedAction == .prosecuted)
        #expect(figure.year == nil)
    }

    /// `Complaints … total well under 50`: a total counts the subject that opens its sentence.
    @Test func aTotalCountsItsSubject() throws {
        let found = try TIPFormTests.figures(
            sentIn2011: "1. (U) Complaints filed in the reporting period total well under 50.")
        let figure = try #require(found.first)
        #expect(figure.value == 50 && figure.qualifier == .lessThan)
        #expect(figure.countedNoun == "Complaints")
        #expect(figure.category == .cases)
        #expect(figure.year == 2010)
    }

    /// `also has 7 additional cases underway`: a count added to the ones before shares their date, in any tense.
    @Test func additionalCountsShareTheDateBefore() throws {
        let found = try TIPFormTests.figures(
            sentIn2011: """
                1. (U) During the reporting period, police opened 12 cases. The police also have 7 additional \
                investigations underway. The police have 3 vans.
                """)
        #expect(TIPFormTests.figures("7", in: found).first?.year == 2010)
        #expect(TIPFormTests.figures("7", in: found).first?.reportedAction == .investigated)
        #expect(TIPFormTests.figures("3", in: found).first?.year == nil)
    }

    /// `up to four years (six if …)`: a term in an aside takes the noun of the term before and what the law sets;
    /// `imprison` makes a sentence about punishment; a list's label after a term is no term.
    @Test func aTermInAnAsideIsPrescribedToo() throws {
        let found = try FigureRulesTests.figures(
            """
            The labor code can be used to imprison recruiters for up to four years (six if the recruiter is a \
            police officer). Anyone who sells a person shall be punished with up to 5 years imprisonment: 1.
            """)
        for quote in ["up to four", "six", "up to 5"] {
            let figure = try #require(TIPFormTests.figures(quote, in: found).first, "\(quote)")
            #expect(figure.kind == .duration, "\(quote)")
            #expect(figure.category == .yearsOfImprisonment, "\(quote)")
            #expect(figure.reportedAction == .prescribed, "\(quote)")
        }
        #expect(TIPFormTests.figures("1", in: found).allSatisfy { $0.category != .yearsOfImprisonment })
    }

    /// `if the victim is under fourteen years`: a bound in words after a person is an age, as in digits.
    @Test func aBoundInWordsAfterAVictimIsAnAge() throws {
        let found = try FigureRulesTests.figures(
            "Abuse of a minor is punishable by up to six years, or nine years if the victim is under fourteen years.")
        #expect(found.map(\.quote) == ["up to six", "nine"])
    }

    /// `two women--one of whom was arrested`: a part the law acted on counts, after a double hyphen or an em dash;
    /// `one of whom fled` stays a pronoun.
    @Test func aPartActedOnCountsAfterADash() throws {
        let found = try FigureRulesTests.figures(
            """
            Police stopped three women--one of whom was arrested--at the border. Police found four victims\u{2014}two \
            in each raid. Guards saw two men, one of whom fled.
            """)
        let arrested = try #require(found.first { $0.value == 1 })
        #expect(arrested.reportedAction == .arrested)
        #expect(arrested.countedNoun == "women")
        #expect(found.contains { $0.quote == "two" && $0.sentence.contains("each raid") })
        #expect(!found.contains { $0.value == 1 && $0.sentence.contains("fled") })
    }

    /// `more than 100 "blind spots"`: a quoted noun right after the figure is its noun; `4 out of 10 people`: the
    /// whole of a ratio is no count.
    @Test func aQuotedNounAfterTheFigureAndARatiosWhole() throws {
        let found = try FigureRulesTests.figures(
            "Four out of 10 migrants are minors, and there are more than 100 \"blind spots\" along the border.")
        #expect(!found.contains { $0.quote == "10" })
        #expect(TIPFormTests.figures("more than 100", in: found).first?.countedNoun == "blind spots")
    }

    /// `about 80% of the cases`: a share of cases is background, not a count of them.
    @Test func aShareOfCasesIsNoCount() throws {
        let found = try FigureRulesTests.figures("Online advertisements are about 80% of the cases police see.")
        #expect(found.first?.relevance == .other)
    }

    /// A year does not carry past a blank line into the next paragraph of a question, which the reporting period
    /// dates; a heading ending in a colon goes on into the block below it.
    @Test func aYearDoesNotCarryIntoTheNextParagraph() throws {
        let found = try TIPFormTests.figures(
            sentIn2011: """
                1. (U) In 2008 the city closed most bars.

                In one case, a bar owner took the passports of three dancers. Police learned of it during the \
                reporting period.

                2. (U) In 2008 the courts reported the following:

                --5 traffickers were convicted.
                """)
        #expect(TIPFormTests.figures("three", in: found).first?.year == 2010)
        #expect(TIPFormTests.figures("5", in: found).first?.year == 2008)
    }
}
