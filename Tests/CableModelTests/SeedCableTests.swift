import CableModel
import TestSupport
import Testing

/// The facts about the first cable that the foundation issue pins, all derived by the parser.
@Suite struct SeedCableTests {
    let cable: Cable

    init() throws { cable = try SharedData.seedCable() }

    @Test func headerFields() {
        let header = cable.header
        #expect(header.id == "10DUSHANBE170")
        #expect(header.origin == "AMEMBASSY DUSHANBE")
        #expect(header.dateTime?.iso8601 == "2010-02-10T12:22:00Z")
        #expect(header.precedence == "PRIORITY")
        #expect(header.infoPrecedence == "ROUTINE")
        #expect(header.classification == "UNCLASSIFIED")
        #expect(header.caveats == ["SENSITIVE", "SIPDIS"])
        #expect(header.sectionCount == 12)
        #expect(header.passing == "DEPARTMENT FOR G/TIP, G-LAURA PENA, INL, DRL, PRM, SCA/RA")
        #expect(header.executiveOrder == "E.O. 12958: N/A")
        #expect(header.tags == ["PGOV", "PHUM", "KTIP", "TI"])
        #expect(header.subject == "2010 TRAFFICKING IN PERSONS REPORT FOR TAJIKISTAN")
        #expect(header.references.map(\.text) == ["STATE 2094"])
        #expect(header.references.first?.cableID == "10STATE2094")
        #expect(header.signature == "QUAST")
        #expect(header.to.map(\.name) == ["SECSTATE WASHDC"])
        #expect(header.info.count == 9)
        #expect(header.info.last?.serial == "2683")
    }

    @Test func pages() {
        #expect(cable.pageCount == 12)
        #expect(cable.unit(id: "1")?.page == 1)
        #expect(cable.unit(id: "25.C")?.page == 2)
        #expect(cable.unit(id: "28.H")?.page == 10)
        #expect(cable.units.allSatisfy { $0.page != nil })
    }

    @Test func sectionsAndQuestions() {
        let sections = cable.units.filter { $0.kind == .section }
        #expect(sections.map(\.id) == ["25", "26", "27", "28", "29", "30"])
        let counts = sections.map { cable.children(of: $0.id).count }
        #expect(counts == [5, 6, 12, 13, 7, 2])
        #expect(counts.reduce(0, +) == 45)
        #expect(cable.unit(id: "25")?.heading == "Tajikistan's TIP Situation")
        #expect(cable.unit(id: "30")?.heading == "PARTNERSHIPS")
    }

    @Test func numberedAndUnnumberedParagraphs() {
        #expect(cable.units.filter { $0.kind == .paragraph }.map(\.id) == ["1", "2", "4"])
        let unnumbered = cable.units.filter { $0.kind == .unnumbered }
        #expect(unnumbered.count == 1)
        #expect(unnumbered.first?.text.hasPrefix("Point of contact for trafficking issues") == true)
        #expect(unnumbered.first?.marking == "U")
        #expect(cable.unit(id: "4")?.text.hasPrefix("Estimated number of hours") == true)
        #expect(cable.unit(id: "2")?.marking == "SBU")
    }

    @Test(arguments: [
        ("27.E", "It opened two 2 cases under article 130.1"),
        ("27.E", "The government prosecuted 19 cases"),
        ("25.A", "information on trafficking in Tajikistan, and has"),
        ("29.D", "in May 2006. The Commission oversees"),
        ("27.J", "corruption in 2009."),
        ("27.A", "Articles 130 (kidnapping), 132 (Recruitment of People for Exploitation), and 167 (Trade of Minors)."),
    ])
    func repairedSentences(id: String, sentence: String) {
        #expect(cable.unit(id: id)?.text.contains(sentence) == true)
    }

    @Test func questionHeadings() {
        #expect(
            cable.unit(id: "28.A")?.heading
                == "What kind of protection is the government able under existing law to provide for victims and witnesses?"
        )
        #expect(cable.unit(id: "28.F")?.heading?.contains("institutions that provide short- or long-term care") == true)
        #expect(cable.unit(id: "25.C")?.heading == "What kind of conditions are the victims trafficked into?")
        #expect(cable.unit(id: "27.A")?.heading == "Existing Laws against TIP:")
        #expect(cable.unit(id: "27.K")?.heading == nil)
        #expect(cable.unit(id: "27.K")?.text == "Not applicable.")
    }

    @Test func noPageBreakTextSurvives() {
        for unit in cable.units {
            #expect(!unit.text.contains("DUSHANBE 00000170"), "unit \(unit.id)")
            #expect(!unit.text.contains("¶"), "unit \(unit.id)")
        }
    }

    @Test func realParagraphBreaksAreKept() {
        let text = cable.unit(id: "27.E")?.text ?? ""
        #expect(text.components(separatedBy: "\n\n").count == 3)
    }
}
