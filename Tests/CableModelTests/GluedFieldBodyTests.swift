import CableModel
import TestSupport
import Testing

/// Bodies glued after the REF list or the subject on the same line, which used to vanish into the field.
@Suite struct GluedFieldBodyTests {
    /// The synthetic cable with `subject` in place of its SUBJECT line, then `body`.
    private func load(subject: String = "SUBJECT: A HARVEST REPORT", _ body: String) throws -> Cable {
        let header = SyntheticCable.header.replacing("SUBJECT: A HARVEST REPORT", with: subject)
        return try #require(try CableLoader.load(Array((header + body + "\n").utf8), knowledge: .bundled).first)
    }

    @Test(arguments: [
        (
            "REF: STATE 51234 (SBU) According to the mayor, the harbour will reopen next week.",
            "SBU", "According to the mayor, the harbour will reopen next week.", "07STATE51234"
        ),
        (
            "REF: A. ALPHA 301 B. STATE 77210 1. (C) Summary: The council voted to delay the port tax.",
            "C", "Summary: The council voted to delay the port tax.", "07STATE77210"
        ),
        (
            "REF: STATE 8812 1. Summary. The minister agreed to meet the delegation in May.",
            "", "Summary. The minister agreed to meet the delegation in May.", "07STATE8812"
        ),
        (
            "REF: (A) STATE 4410 (B) ALPHA 87 (S/NF) Officials told us the convoy left at dawn.",
            "S/NF", "Officials told us the convoy left at dawn.", "07ALPHA87"
        ),
        (
            "REF: STATE 5521 (U) On March 3, Deputy Mayor Ruiz opened the new clinic.",
            "U", "On March 3, Deputy Mayor Ruiz opened the new clinic.", "07STATE5521"
        ),
        (
            "REF: STATE 90210 We passed the points to the trade director of the ministry on Tuesday. He took note.",
            "", "We passed the points to the trade director of the ministry on Tuesday. He took note.",
            "07STATE90210"
        ),
    ])
    func bodyAfterTheReferences(line: String, marking: String, text: String, id: String) throws {
        let cable = try load(line)
        let first = try #require(cable.units.first)
        #expect((first.marking ?? "") == marking)
        #expect(first.text == text)
        #expect(cable.header.references.last?.cableID == id)
        #expect(!cable.header.references.contains { $0.text.contains(text.prefix(12)) })
        #expect(!cable.warnings.contains { $0.contains("empty") })
    }

    @Test func numberedParagraphKeepsItsNumber() throws {
        let cable = try load("REF: STATE 8812 1. (C) The envoy met the governor.\n\n2. (C) The governor agreed.")
        #expect(cable.units.map(\.id) == ["1", "2"])
    }

    @Test(arguments: ["\n\n", "\n"])
    func numberAndMarkingAloneAtTheEndOfTheReferenceLine(gap: String) throws {
        let cable = try load("REF: STATE 8812 1. (SBU)\(gap)The envoy met the governor.\n\n2. (SBU) He agreed.")
        #expect(cable.header.references.map(\.text) == ["STATE 8812"])
        #expect(cable.units.map(\.id) == ["1", "2"])
        #expect(cable.units.first?.marking == "SBU")
        #expect(cable.units.first?.text == "The envoy met the governor.")
    }

    @Test func gluedBodyStartsWhereItStandsInTheFile() throws {
        let cable = try load("REF: STATE 8812 (C) The harvest\nfailed in the north.\n\n(C) Prices rose.")
        let unit = try #require(cable.units.first)
        #expect(unit.text == "The harvest failed in the north.")
        let start = try #require(unit.sourceStart)
        let line = try #require(cable.sourceLines.first { $0.startIndex <= start && start < $0.endIndex })
        #expect(String(decoding: line[start...], as: UTF8.self) == "(C) The harvest")
        #expect(cable.units.count == 2)
    }

    @Test func blankLineAfterTheGluedBodyStillPartsIt() throws {
        let cable = try load(
            "REF: STATE 8812 1. (C) The governor resigned today.\n\nTHE COUNCIL RESPONDS\n\n2. (C) It met.")
        #expect(cable.units.first?.text == "The governor resigned today.")
        #expect(cable.units.contains { $0.heading == "THE COUNCIL RESPONDS" })
    }

    @Test func referenceEntryLineCarriesTheAuthorityAndItsBody() throws {
        let cable = try load(
            "REF: A. STATE 1114\n     B. ALPHA 478 Classified By: Consul Bo Diaz for reasons 1.4 (b) and (d). "
                + "(C) The governor resigned on Monday.")
        #expect(cable.header.references.compactMap(\.cableID) == ["07STATE1114", "07ALPHA478"])
        #expect(cable.header.classifiedBy == "Consul Bo Diaz for reasons 1.4 (b) and (d).")
        #expect(cable.units.first?.text == "The governor resigned on Monday.")
    }

    @Test(arguments: [
        ("SUBJECT: PORT TAX DELAYED 1.(SBU) Summary. The council voted to delay the tax.", "PORT TAX DELAYED"),
        (
            "SUBJECT: Grain prices Handle with care. (SBU) On May 2, Minister Diaz froze prices.",
            "Grain prices Handle with care."
        ),
    ])
    func bodyAfterTheSubject(line: String, subject: String) throws {
        let cable = try load(subject: line, "")
        #expect(cable.header.subject == subject)
        #expect(cable.units.first?.marking == "SBU")
        #expect(cable.units.first.map { line.hasSuffix($0.text) } == true)
    }

    @Test(arguments: [
        ("REF: (A) STATE 4410 (B) ALPHA 87 (C) STATE 9120 (D) ALPHA 90", "a label before a citation"),
        ("REF: A. STATE 4410 B. ALPHA 87 (C) Embassy e-mail of March 3 to the desk and previous", "the next label"),
        ("REF: (A) STATE 4410 (NOTAL) (B) 2006 ALPHA 87 (EXDIS) (C) STATE 9120 (2006)", "caveats and years"),
        ("REF: A. ALPHA 301 B. E-MAIL FROM POLOFF OF 12 MAY 08. C. ALPHA 305", "a year is no paragraph number"),
        ("REF: STATE 4410 (U) EMAIL FROM POLOFF GRAY TO THE ALPHA DESK", "a title in capitals"),
        ("REF: A. 06/11/09 Gray-Lowe e-mail and telcon with the desk (B) ALPHA 445", "no sentence after a date"),
        ("REF: STATE 4410 PARA 1. THE AMBASSADOR'S LETTER", "a title after a number"),
    ])
    func referenceListPartsStayInTheList(line: String, why: String) throws {
        let cable = try load(line)
        #expect(cable.units.isEmpty, "\(why)")
        // NB: the list keeps its last entry whole.
        #expect(cable.header.references.last.map { line.hasSuffix($0.text) } == true, "\(why)")
    }

    @Test(arguments: [
        "SUBJECT: (U) Secretary's March 9 meeting with the minister",
        "SUBJECT: SITREP PART 1. THE NORTH AFTER THE FLOODS",
        "SUBJECT: Demarche on the candidature of the delegation (U)",
    ])
    func subjectAloneStaysInTheHeader(line: String) throws {
        let cable = try load(subject: line, "")
        #expect(cable.units.isEmpty)
        #expect(cable.header.subject.map { line.hasSuffix($0) } == true)
    }
}

/// The library's cables whose whole body follows their REF citation on the same line.
@Suite(.enabled(if: SharedData.shouldRun)) struct GluedReferenceBodyLibraryTests {
    @Test(arguments: [
        ("08LONDON1870", "08STATE74305", "SBU", "According to FCO East Africa Team Leader"),
        ("07MANAMA963", "07STATE146857", "U", "Pol/Econ Chief delivered reftel points"),
        ("08CAIRO2099", "08STATE102414", nil, "We delivered points in reftel to MFA"),
    ])
    func bodyFollowsTheCitation(name: String, id: String, marking: String?, opening: String) throws {
        let cable = try SharedData.anyCable(name)
        let first = try #require(cable.units.first)
        #expect(first.text.hasPrefix(opening))
        #expect(first.marking == marking)
        #expect(cable.header.references.map(\.cableID) == [id])
        let start = try #require(first.sourceStart)
        let line = try #require(cable.sourceLines.first { $0.startIndex <= start && start < $0.endIndex })
        #expect(String(decoding: line, as: UTF8.self).hasPrefix("REF:"))
    }
}
