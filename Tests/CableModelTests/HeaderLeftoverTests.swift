import CableData
import CableModel
import Testing

/// Header lines that a line break or a blank line parted from their field, and an export's record fields between a
/// preview and the full record: they belong to the header, not to text before the first paragraph. Written for
/// these tests.
@Suite struct HeaderLeftoverTests {
    static let envelope = "R 021200Z MAR 08\nFM AMEMBASSY QUITO\nTO RUEHC/SECSTATE WASHDC 0001\n\n"
    static let body = "\n\n¶1. (C) The mayor opened the market on Friday.\n\n¶2. (C) It closed at noon.\n"

    static func cable(_ fields: String) throws -> Cable {
        let text = envelope + "CONFIDENTIAL QUITO 000321\n\nE.O. 12958: DECL: 03/02/2018\n" + fields + body
        return try CableLoader.loadFirst(Array(text.utf8), knowledge: .bundled)
    }

    @Test(arguments: [
        ("SUBJECT: VISITS BY THE MINISTER IN\n2011", "VISITS BY THE MINISTER IN 2011"),
        ("SUBJECT: REQUEST FOR VETTING - 10412 THRU\n10467", "REQUEST FOR VETTING - 10412 THRU 10467"),
        ("SUBJECT: Market days, May\n12-14", "Market days, May 12-14"),
    ])
    func figuresEndingTheSubject(fields: String, subject: String) throws {
        let cable = try Self.cable(fields)
        #expect(cable.header.subject == subject)
        #expect(cable.units.map(\.id) == ["1", "2"])
    }

    @Test(arguments: [
        ("Classified By: Consul Jane Roe for reasons\n\n1.4 (b) and (d).", "1.4 (b) and (d)"),
        ("Classified By: Consul Jane Roe for\n\nreasons 1.4 (b) and (d).", "1.4 (b) and (d)"),
        ("Classified By: Jane Roe, Consul, Consulate Quito.\n\nREASON: 1.4 (b), (d)", "1.4 (b), (d)"),
        ("Classified By: Jane Roe, Consul; REASON: 1.4(B),\n(C), (D)", "1.4(B), (C), (D)"),
        (
            "Classified By: Jane Roe, Consul, Consulate Quito,\n\nDepartment of State. REASON: 1.4 (b), (d)",
            "1.4 (b), (d)"
        ),
        ("SUBJECT: A VISIT\n\nBY: Jane Roe, Consul. REASON: 1.4 (b), (d)", "1.4 (b), (d)"),
    ])
    func reasonsPartedFromTheAuthority(fields: String, reasons: String) throws {
        let cable = try Self.cable(fields)
        #expect(cable.header.classifier?.reasons == reasons)
        #expect(cable.header.classifier?.name == "Jane Roe")
        #expect(cable.units.map(\.id) == ["1", "2"])
    }

    @Test func theLabelsFirstWordLeftOnTheSubjectGoes() throws {
        let cable = try Self.cable("SUBJECT: A VISIT TO THE COAST CLASSIFIED\n\nBY: Jane Roe, Consul. REASON: 1.4 (b)")
        #expect(cable.header.subject == "A VISIT TO THE COAST")
        #expect(cable.header.classifier?.reasons == "1.4 (b)")
    }

    @Test func reasonsWithTheBodyGluedAfterThem() throws {
        let cable = try Self.cable("Classified By: Jane Roe, Consul. REASON:\n\n1.4 (b) 1. (C) The mayor spoke.")
        #expect(cable.header.classifier?.reasons == "1.4 (b)")
        #expect(cable.units.first?.text.hasPrefix("The mayor spoke.") == true)
        #expect(cable.header.classifiedBy == "Jane Roe, Consul. REASON: 1.4 (b)")
    }

    @Test func aParagraphAfterAnAuthorityWithoutReasonsStaysText() throws {
        let cable = try Self.cable(
            "Classified By: Consul Jane Roe.\n\n(C) The market opened late, 1.4 hours after dawn.")
        #expect(cable.header.classifiedBy == "Consul Jane Roe.")
        #expect(cable.units.first?.text.hasPrefix("The market opened late") == true)
    }

    @Test func aFigureAfterABlankLineIsNoSubject() throws {
        let cable = try Self.cable("SUBJECT: VISITS BY THE MINISTER\n\n2011")
        #expect(cable.header.subject == "VISITS BY THE MINISTER")
        #expect(cable.units.first?.text == "2011")
    }

    @Test(arguments: [
        "SENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT ACCORDINGLY.",
        "Sensitive but unclassified; not for Internet distribution.",
        "Sensitive but Unclassified -- entire text. Please handle accordingly",
    ])
    func aHandlingNoticeBeforeTheFirstParagraphIsTheHeaders(notice: String) throws {
        let cable = try Self.cable("SUBJECT: MARKET DAY\n\n" + notice)
        #expect(cable.header.notes == [notice])
        #expect(cable.units.map(\.id) == ["1", "2"])
    }

    @Test func aNoticeWithTextRunOnAfterItStaysText() throws {
        let cable = try Self.cable("SUBJECT: MARKET DAY\n\nSensitive but unclassified. Please protect the market.")
        #expect(cable.header.notes.isEmpty)
        #expect(cable.units.first?.text.hasPrefix("Sensitive but unclassified.") == true)
    }

    /// A preview cut short, the record's fields one a line, then the full record from its classification line.
    @Test func recordFieldsBetweenAPreviewAndTheRecord() throws {
        let header = "C O N F I D E N T I A L QUITO 000318\n\nSIPDIS\n\nE.O. 12958: DECL: 03/03/2018\n"
        let preview = Self.envelope + header + "TAGS: PREL EC\nSUBJECT: MARKET DA...\n\n\n"
        let fields = "48213\n\n2008-03-03\n\n08QUITO318\n\nEmbassy Quito\n\nCONFIDENTIAL\n\n08QUITO12|08STATE40\n\n"
        let record = header + "TAGS: PREL EC\nSUBJECT: MARKET DAY\n" + Self.body
        let cable = try CableLoader.loadFirst(Array((preview + fields + record).utf8), knowledge: .bundled)
        #expect(cable.header.subject == "MARKET DAY")
        #expect(cable.units.map(\.id) == ["1", "2"])
        #expect(
            cable.header.notes.suffix(6) == [
                "48213", "2008-03-03", "08QUITO318", "Embassy Quito", "CONFIDENTIAL",
                "08QUITO12|08STATE40",
            ])
        let sentence = "SUBJECT: MARKET DA...\n\nThe mayor spoke.\n\n"
        let kept = try CableLoader.loadFirst(
            Array((Self.envelope + header + sentence + fields + record).utf8), knowledge: .bundled)
        #expect(kept.units.contains { $0.text.contains("48213") })
    }
}
