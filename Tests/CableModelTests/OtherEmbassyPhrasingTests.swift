import CableData
import CableModel
import Testing

/// TIP-report sentences as other embassies write them: the tables must read them without rules for any one cable.
@Suite struct OtherEmbassyPhrasingTests {
    let statistics: CableStatistics

    init() throws {
        let text = """
            1. (SBU) During the reporting period, the government investigated 45 trafficking cases, prosecuted 30 \
            offenders, and convicted 22 traffickers, compared with 12 convictions in 2008.

            2. (SBU) Authorities identified 117 victims in 2009 (85 female, 32 male), of whom 60 were children.

            3. (SBU) NGOs assisted 230 victims; of these, 150 were women and girls exploited in prostitution.

            4. (SBU) Police rescued 35 children from forced begging and returned them to their families.

            5. (SBU) In 2009, the Ministry of Interior launched 18 investigations into suspected trafficking offenses, \
            down from 23 in 2008. Trafficking in persons is punishable under Article 110 by up to 10 years in prison; \
            the penalty rises to 15 years if the victim is a minor.

            6. (SBU) IOM repatriated 52 victims from abroad and referred 40 of them to NGO shelters.

            7. (SBU) Authorities reported 14 trafficking investigations in 2010, resulting in nine prosecutions. \
            The number of children repatriated rose from 41 in 2008 to 65 in 2010, and over 60 victims were minors.

            8. (SBU) Forced labor is punishable under Article 168 by two to four years in prison or a fine.

            9. (SBU) Shelters housed 151 female victims and 36 male victims in 2009. Thirty-two of the male victims \
            were foreign nationals, and 13 were boys.
            """
        let cable = try CableLoader.loadFirst(Array(text.utf8), knowledge: .bundled)
        statistics = IndexedCable(cable, knowledge: TestIndex.knowledge).statistics
    }

    private func figure(_ quote: String) -> Figure? { statistics.figures.first { $0.quote == quote } }

    @Test func enforcementStagesAndPeriods() {
        let table = statistics.enforcement
        let period = "During the reporting period"
        #expect(
            table.figures(.investigated, when: period, statute: nil).compactMap(statistics.figure(id:)).map(\.quote)
                == ["45"])
        #expect(table.figures(.prosecuted, when: period, statute: nil).count == 1)
        #expect(table.figures(.convicted, when: period, statute: nil).count == 1)
        #expect(table.figures(.convicted, when: "2008", statute: nil).count == 1)
        #expect(table.figures(.investigated, when: "2009", statute: nil).count == 1)
        #expect(table.figures(.investigated, when: "2008", statute: nil).count == 1)
    }

    @Test func victimBreakdowns() {
        #expect(figure("85")?.partOf == figure("117")?.id)
        #expect(figure("32")?.partOf == figure("117")?.id)
        #expect(figure("60")?.partOf == figure("117")?.id)
        #expect(figure("150")?.partOf == figure("230")?.id)
        #expect(figure("85")?.categories.contains("women") == true)
        #expect(figure("32")?.categories.contains("men") == true)
        #expect(figure("150")?.categories.contains("sex") == true)
        #expect(statistics.victims.rows(action: "rescued").count == 1)
        #expect(statistics.victims.rows(action: "identified").count == 4)
    }

    @Test func aPronounNamesTheWhole() {
        #expect(figure("40")?.partOf == figure("52")?.id)
        #expect(figure("40")?.countedNoun == "victims")
        #expect(figure("40")?.action == "referred")
    }

    @Test func actionsNamedByNounsAndByNumberOf() {
        #expect(figure("nine")?.action == "prosecuted")
        #expect(figure("41")?.action == "repatriated")
        #expect(figure("65")?.action == "repatriated")
        #expect(figure("over 60")?.countedNoun == "victims")
    }

    @Test func aTrailingDateDatesEveryFigureOfTheVerb() {
        #expect(figure("151")?.year == 2009)
        #expect(figure("36")?.year == 2009)
    }

    @Test func aCategoryAfterACopulaBesideAPartIsAPart() {
        #expect(figure("Thirty-two")?.partOf == figure("36")?.id)
        #expect(figure("13")?.partOf == figure("36")?.id)
    }

    @Test func aFineOfferedAfterTheTerm() {
        let row = statistics.penalties.row(statute: "168")
        #expect(row?.tiers(.base).map(\.text) == ["fine or 2–4 years"])
    }

    @Test func penaltiesUnderTheStatute() {
        let row = statistics.penalties.row(statute: "110")
        #expect(row?.tiers(.base).map(\.text) == ["up to 10 years"])
        #expect(row?.tiers(.aggravated).map(\.text) == ["15 years"])
        #expect(row?.tiers(.aggravated).first?.condition == "if the victim is a minor")
    }
}
