import CableData
import CableModel
import Testing

/// REF lines in the forms the cables use, written for these tests, and the cable ids they give.
@Suite struct ReferenceFormTests {
    /// A cable of 2007 from Lima whose header ends with `lines`.
    static func references(_ lines: String, year: String = "07") throws -> [CableReference] {
        let text = """
            R 021200Z MAR \(year)
            FM AMEMBASSY LIMA
            TO RUEHC/SECSTATE WASHDC 0001

            UNCLAS LIMA 000321
            SUBJECT: A TEST OF THE REF LINE
            \(lines)

            ¶1. (U) The first paragraph.
            """
        return try CableLoader.loadFirst(Array(text.utf8), knowledge: .bundled).header.references
    }

    static func ids(_ lines: String) throws -> [String] { try references(lines).compactMap(\.cableID) }

    @Test(arguments: [
        ("REF: A. QUITO 15 B. 06 LIMA 2001", ["07QUITO15", "06LIMA2001"]),
        ("REF: A) QUITO 15; B) LIMA 2001", ["07QUITO15", "07LIMA2001"]),
        ("REF: (A) QUITO 15 (B) LIMA 2001", ["07QUITO15", "07LIMA2001"]),
        ("REFS: QUITO 15, LIMA 2001", ["07QUITO15", "07LIMA2001"]),
        ("Ref(s): Quito 15", ["07QUITO15"]),
        ("REF. QUITO 15", ["07QUITO15"]),
        ("REF QUITO 15", ["07QUITO15"]),
        ("Reftel: Quito 15", ["07QUITO15"]),
        ("PROGRAM REF: QUITO 15", ["07QUITO15"]),
        ("REF A: QUITO 15; REF B: LIMA 2001", ["07QUITO15", "07LIMA2001"]),
        ("REF: A. A) QUITO 15 B. B) LIMA 2001", ["07QUITO15", "07LIMA2001"]),
        ("REF: A) QUITO 15;B) LIMA 2001", ["07QUITO15", "07LIMA2001"]),
        ("REF: A.QUITO 15", ["07QUITO15"]),
    ])
    func labelsAndSeparators(line: String, expected: [String]) throws {
        #expect(try Self.ids(line) == expected)
    }

    @Test func labelsWithoutMarks() throws {
        let references = try Self.references("REF: A QUITO 15 B LIMA 2001")
        #expect(references.map(\.label) == ["A", "B"])
        #expect(references.compactMap(\.cableID) == ["07QUITO15", "07LIMA2001"])
    }

    @Test func insideALineAPageBreakIsNoReference() throws {
        let references = try Self.references("REF: A. QUITO 15 LIMA 00000321  001.2 OF 003 B. QUITO 16")
        #expect(references.map(\.text) == ["QUITO 15", "QUITO 16"])
    }

    @Test func entriesOnLinesOfTheirOwnAcrossBlankLines() throws {
        #expect(
            try Self.ids("REF: A. QUITO 15\n\n   ¶B. QUITO 16\n\n(C) QUITO 17") == [
                "07QUITO15", "07QUITO16", "07QUITO17",
            ])
        #expect(try Self.ids("REF:\nA) QUITO 15,\nB) LIMA 2001") == ["07QUITO15", "07LIMA2001"])
        #expect(try Self.ids("REF: QUITO 15 AND\nLIMA 2001") == ["07QUITO15", "07LIMA2001"])
    }

    @Test func severalNumbersAfterOnePost() throws {
        #expect(
            try Self.ids("REF: A. QUITO 15 AND 19 B. LIMA 2001, 2002") == [
                "07QUITO15", "07QUITO19", "07LIMA2001", "07LIMA2002",
            ])
        #expect(try Self.ids("REF: LIMA 2001, 06 QUITO 5") == ["07LIMA2001", "06QUITO5"])
        #expect(try Self.ids("REF: LIMA 2001, 12 MARCH 2007") == ["07LIMA2001"])
    }

    @Test(arguments: [
        ("REF: 05 QUITO 15", "05QUITO15"), ("REF: 2005 QUITO 15", "05QUITO15"), ("REF: (05) QUITO 15", "05QUITO15"),
        ("REF: QUITO 15 (2005)", "05QUITO15"), ("REF: QUITO 000015", "07QUITO15"), ("REF: 05QUITO15", "05QUITO15"),
        ("REF: QUITO15", "07QUITO15"), ("REF: 05QUITO 015", "05QUITO15"), ("REF: QUITO 00015/05", "05QUITO15"),
        ("REF: QUITO 00000215", "07QUITO215"), ("REF: A. 06 QUITO 000000031", "06QUITO31"),
    ])
    func years(line: String, expected: String) throws {
        #expect(try Self.ids(line) == [expected])
    }

    @Test func aLongNumberWithoutPaddingIsNoCableNumber() throws {
        #expect(try Self.ids("REF: QUITO 12345678") == [])
        #expect(try Self.ids("REF: QUITO 01234567") == [])
    }

    @Test(arguments: [
        ("REF: A. HAGUE 55 B. THE HAGUE 56", ["07THEHAGUE55", "07THEHAGUE56"]),
        ("REF: RIO DE JAN 7", ["07RIODEJANEIRO7"]), ("REF: RIO 7", ["07RIODEJANEIRO7"]),
        ("REF: SECSTATE 4411", ["07STATE4411"]), ("REF: STATE 4411", ["07STATE4411"]),
        ("REF: USUN 88 AND USUN NEW YORK 89", ["07USUNNEWYORK88", "07USUNNEWYORK89"]),
        ("REF: UNVIE 3; UNVIE VIENNA 4", ["07UNVIEVIENNA3", "07UNVIEVIENNA4"]),
        ("REF: PORT-AU-PRINCE 12", ["07PORTAUPRINCE12"]), ("REF: Sao Paulo 12", ["07SAOPAULO12"]),
        ("REF: ADDIS ABABA 12", ["07ADDISABABA12"]),
    ])
    func postsAsCablesWriteThem(line: String, expected: [String]) throws {
        #expect(try Self.ids(line) == expected)
    }

    @Test func referencesThatAreNoCablesKeepTheirText() throws {
        let references = try Self.references(
            "REF: A. GARCIA-JONES E-MAIL 3/4/07 B. OSC LAP20070304123001 C. IIR 6 811 0023 07 D. QUITO 15 AND PREVIOUS")
        #expect(references.map(\.label) == ["A", "B", "C", "D"])
        #expect(references.map(\.cableID) == [nil, nil, nil, "07QUITO15"])
        #expect(references[0].text == "GARCIA-JONES E-MAIL 3/4/07")
        #expect(try Self.ids("REF: SECDEF MSG DTG 041500Z MAR 07") == [])
        #expect(try Self.ids("REF: MEETING WITH THE MINISTER, MARCH 4") == [])
    }

    @Test func theListEndsWhereTheNextFieldStarts() throws {
        #expect(try Self.ids("REF: QUITO 15 Classified By: Ambassador Jane Roe, reasons 1.4 (b)") == ["07QUITO15"])
        #expect(try Self.ids("SUBJECT: THE MINISTER'S VISIT TO QUITOREF: QUITO 15") == ["07QUITO15"])
        #expect(
            try Self.ids("REF: A. QUITO 15\nLIMA 00000321  001.2 OF 003\n¶B. QUITO 16") == ["07QUITO15", "07QUITO16"])
        #expect(try Self.ids("REF: QUITO 15\n¶1. (U) QUITO 16 was sent last week.") == ["07QUITO15"])
    }
}
