import CableModel
import Testing

/// An instrument written in capitals after `OF` (`ARTICLE 5 OF THE MINING CODE`): its name ends at its kind of law.
@Suite struct StatuteCapitalsInstrumentTests {
    @Test(arguments: [
        ("ARTICLE 5 OF THE MINING CODE TROUBLES HERDERS.", "MINING CODE"),
        ("THE PARTY CITED ARTICLE 8 OF THE RIVERLAND FAMILY CODE IN COURT.", "RIVERLAND FAMILY CODE"),
        ("ARTICLE 2 OF THE ELECTORAL LAW ON TURNOUT WAS CITED.", "ELECTORAL LAW"),
        ("THE CONSTITUTION IS OLD. ARTICLE 4 OF THE CONSTITUTION STILL HOLDS.", "CONSTITUTION"),
    ])
    func theNameEndsAtItsKindOfLaw(text: String, instrument: String) {
        #expect(TestIndex.index(text).statutes.map(\.instrument) == [instrument])
    }

    @Test(arguments: [
        "THE WATER CODE IS NEW. ARTICLE 7 OF THE LAW ON FISHERIES WAS USED.",
        "THE WATER CODE IS NEW. ARTICLE 7 OF THE HARBOUR BOARD RULES WAS USED.",
    ])
    func aNameWhoseEndIsUnknownLeavesTheArticleWithoutAnother(text: String) {
        let statute = TestIndex.index(text).statutes.first { $0.number == "7" }
        #expect(statute != nil)
        #expect(statute?.instrument == nil)
    }

    @Test func lowerCaseTextStillReadsTheCapitalisedName() {
        let statutes = TestIndex.index("Article 5 of the Mining Code Amendments Act applies.").statutes
        #expect(statutes.map(\.instrument) == ["Mining Code Amendments Act"])
    }

    @Test func aCapitalSubjectCitingAnInstrumentAfterOf() {
        var header = Header()
        header.subject = "ARTICLE 12 OF THE FOREST CODE WORRIES LOGGERS"
        let cable = Cable(
            header: header, units: TestIndex.cable(["Loggers met."]).units, pageCount: nil, encoding: .utf8,
            warnings: [])
        let statutes = CableIndex.build(cable, knowledge: TestIndex.knowledge).statutes
        #expect(statutes.map(\.instrument) == ["FOREST CODE"])
    }
}
