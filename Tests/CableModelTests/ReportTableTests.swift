import CableModel
import TestSupport
import Testing

/// Figures across cables: which report a cable belongs to, the tables of many cables joined by report, and the
/// country-by-year pivot.
@Suite struct ReportTableTests {
    /// A cable from `post`, sent in March of `year`, with `tags` and `subject`, whose one paragraph is `text`.
    static func cable(
        post: String, number: Int = 12, year: Int, tags: String = "KTIP", subject: String, text: String
    ) throws -> Cable {
        let source = """
            O 101200Z MAR \(year % 100)
            FM AMEMBASSY \(post)
            TO SECSTATE WASHDC
            UNCLAS \(post) 0000\(number)
            TAGS: \(tags)
            SUBJECT: \(subject)

            1. (U) \(text)
            """
        return try CableLoader.loadFirst(Array(source.utf8), knowledge: TestIndex.knowledge)
    }

    private func report(_ cable: Cable) -> (report: ReportIdentity, figures: [ReportFigure]) {
        (
            ReportIdentity(cable, knowledge: TestIndex.knowledge),
            IndexedCable(cable, knowledge: TestIndex.knowledge).statistics.figures.map(ReportFigure.init)
        )
    }

    @Test func aReportIsKnownByItsPostSubjectAndTags() throws {
        let first = ReportIdentity(
            try Self.cable(
                post: "KUALALUMPUR", year: 2011, subject: "MALAYSIA: 2011 TIP REPORT (PART 1 OF 2)", text: "Nothing."),
            knowledge: TestIndex.knowledge)
        #expect(first.country == "Malaysia")
        #expect(first.reportYear == 2011)
        #expect(first.part == 1 && first.partCount == 2)
        #expect(!first.isUpdate)
        let update = ReportIdentity(
            try Self.cable(post: "NOWHERE", year: 2011, tags: "KTIP MY", subject: "UPDATED TIP REPORT", text: "None."),
            knowledge: TestIndex.knowledge)
        #expect(update.country == "Malaysia")
        #expect(update.isUpdate)
        #expect(update.reportYear == 2011)
    }

    @Test func aSubjectNamingTheReportingYearKeepsTheCablesYear() throws {
        let identity = ReportIdentity(
            try Self.cable(post: "PORTLOUIS", year: 2012, subject: "MAURITIUS 2011 TRAFFICKING REPORT", text: "No."),
            knowledge: TestIndex.knowledge)
        #expect(identity.country == "Mauritius")
        #expect(identity.reportYear == 2012)
    }

    @Test func anUpdateReplacesItsOriginalsRowAndKeepsTheOthers() throws {
        let original = try Self.cable(
            post: "BUENOSAIRES", number: 40, year: 2011, subject: "TIP REPORT",
            text: "In 2010 police opened 15 cases and convicted 4 traffickers.")
        let update = try Self.cable(
            post: "BUENOSAIRES", number: 55, year: 2011, subject: "UPDATED TIP REPORT",
            text: "In 2010 police opened 17 cases.")
        let table = ReportTable(.enforcement, cables: [report(update), report(original)])
        let opened = table.rows.filter { $0.action == .investigated }
        #expect(opened.map { $0.figures.map(\.magnitude) } == [[17]])
        #expect(opened.first?.report.isUpdate == true)
        let convicted = table.rows.first { $0.action == .convicted }
        #expect(convicted?.figures.first?.magnitude == 4)
        #expect(convicted?.report.cable == "11BUENOSAIRES40")
    }

    @Test func thePivotTakesTheTotalElseTheSumOverStatutes() throws {
        let cable = try Self.cable(
            post: "BUENOSAIRES", year: 2011, subject: "TIP REPORT",
            text: """
                In 2010 prosecutors opened 30 cases. They prosecuted 4 cases under Article 145. They also \
                prosecuted 6 cases under Article 127. The police identified 50 victims in 2010.
                """)
        let reports = [report(cable)]
        let pivot = ReportPivot(
            enforcement: ReportTable(.enforcement, cables: reports), victims: ReportTable(.victims, cables: reports))
        let row = try #require(pivot.rows.first)
        #expect(row.country == "Argentina" && row.year == 2010)
        #expect(row.cells[.investigated]?.value == 30)
        #expect(row.cells[.prosecuted]?.value == 10)
        #expect(row.cells[.victimsIdentified]?.value == 50)
        #expect(row.cells[.convicted] == nil)
    }

    @Test func recordsArePlainValues() throws {
        let cable = try Self.cable(
            post: "BUENOSAIRES", year: 2011, subject: "TIP REPORT", text: "In 2010 courts convicted 9 traffickers.")
        let records = ReportExport.records(ReportTable(.enforcement, cables: [report(cable)]))
        let row = try #require(records.rows.first).map(\.text)
        let column = { (name: String) in records.columns.firstIndex(of: name) ?? 0 }
        #expect(row[column("country")] == "Argentina" && row[column("year")] == "2010")
        #expect(row[column("action")] == "convicted" && row[column("value")] == "9")
        #expect(row[column("cable")] == "11BUENOSAIRES12" && row[column("paragraph")] == "1")
    }

    @Test func allegedAndDeniedFiguresStayOutOfTheTablesAcrossCables() throws {
        let cable = try Self.cable(
            post: "BUENOSAIRES", year: 2011, subject: "TIP REPORT",
            text: """
                In 2010 police opened 15 cases. NGOs claim that courts convicted 9 traffickers in 2010. The \
                ministry denies that police arrested 40 migrants in 2010. Reportedly 70 victims were identified in 2010.
                """)
        let figures = report(cable).figures
        #expect(figures.contains { $0.magnitude == 9 && $0.attribution == .alleged })
        #expect(figures.contains { $0.magnitude == 40 && $0.attribution == .denied })
        let enforcement = ReportTable(.enforcement, cables: [report(cable)])
        #expect(enforcement.rows.flatMap(\.figures).map(\.magnitude) == [15])
        #expect(ReportTable(.victims, cables: [report(cable)]).rows.isEmpty)
    }
}
