import CableData
import CableModel
import Testing

/// TAGS, SUBJECT and Classified By in the forms the cables use, written for these tests.
@Suite struct HeaderFieldFormTests {
    /// The header of a 2008 cable from Quito whose fields are `lines`.
    static func header(_ lines: String) throws -> Header {
        let text = """
            R 021200Z MAR 08
            FM AMEMBASSY QUITO
            TO RUEHC/SECSTATE WASHDC 0001

            CONFIDENTIAL QUITO 000321
            \(lines)

            ¶2. (C) The next paragraph.
            """
        return try CableLoader.loadFirst(Array(text.utf8), knowledge: .bundled).header
    }

    @Test(arguments: [
        "TAGS: PGOV PREL EC", "TAGS PGOV, PREL, EC", "Tags: pgov, prel, ec", "tags pgov prel ec", "TAGS; PGOV PREL EC",
        "TAG: PGOV, PREL, EC", "TAS: PGOV PREL EC", "TABS: PGOV PREL EC", "TAGS: PGOVPREL EC", "TAGS: PGOV,PREL,,EC",
        "TAGS: PGOV PREL PGOV EC", "TAGS: [PGOV](#) [PREL](#) [EC](#)", "TAGS: PGOV\nPREL, EC",
    ])
    func tagListForms(line: String) throws {
        #expect(try Self.header(line).tags == ["PGOV", "PREL", "EC"])
    }

    @Test func tagsThatAreNamesOrPhrasesStayWhole() throws {
        #expect(try Self.header("TAGS: OVIP (DOE, JANE Q.) PREL EC").tags == ["OVIP (DOE, JANE Q.)", "PREL", "EC"])
        #expect(try Self.header("TAGS: KPAO KMDR PUBLIC OPINION").tags == ["KPAO", "KMDR PUBLIC OPINION"])
        #expect(try Self.header("TAGS: PREL, EC, FOREIGN POLICY").tags == ["PREL", "EC", "FOREIGN POLICY"])
        #expect(try Self.header("TAGS: PREL EC ANDEAN").tags == ["PREL", "EC", "ANDEAN"])
    }

    @Test func aTagListEndsAtALineOfProse() throws {
        let header = try Self.header("TAGS: PGOV PREL EC\nThe minister spoke on Tuesday.\nSUBJECT: A VISIT")
        #expect(header.tags == ["PGOV", "PREL", "EC"])
    }

    @Test(arguments: [
        ("SUBJECT: A VISIT TO THE\nCOAST", "A VISIT TO THE COAST"),
        ("SUBJECT: A VISIT TO THE COASTREF: QUITO 12", "A VISIT TO THE COAST"),
        ("SUBJECT: A VISIT TO THE COAST REF: QUITO 12", "A VISIT TO THE COAST"),
        ("SUBJ: A Visit to the Coast", "A Visit to the Coast"), ("SUBJECT A VISIT", "A VISIT"),
        ("UBJECT: A VISIT", "A VISIT"), ("Subject: A visit to the\ncoast", "A visit to the coast"),
        ("SUBJECT: A NON-\nSTOP VISIT", "A NON-STOP VISIT"),
        ("SUBJECT: A VISIT BY THE GOVERN-\nMENT", "A VISIT BY THE GOVERNMENT"),
        ("SUBJECT: THE MINISTER&#8217;S &quot;VISIT&quot;", "THE MINISTER’S \"VISIT\""),
        ("SUBJECT: A VISIT \\\nTO THE COAST \\\n \\", "A VISIT TO THE COAST"),
        ("SUBJECT: A VISIT\n------------", "A VISIT"), ("SUBJECT: A VISIT\nSensitive but unclassified", "A VISIT"),
        ("SUBJECT: A VISIT\nCONFIDENTIAL", "A VISIT"), ("SUBJECT: A  VISIT", "A VISIT"),
        (
            "SUBJECT:\nA VISIT OF THE MINISTER OF FOREIGN AFFAIRS TO THE COAST AND TO THE MOUNTAINS",
            "A VISIT OF THE MINISTER OF FOREIGN AFFAIRS TO THE COAST AND TO THE MOUNTAINS"
        ),
    ])
    func subjectForms(lines: String, expected: String) throws {
        #expect(try Self.header(lines).subject == expected)
    }

    @Test func aStrayLineAfterTheSubjectKeepsTheRestOfTheHeader() throws {
        let header = try Self.header(
            "SUBJECT: A VISIT\nPlease pass to the desk.\n\nREF: QUITO 12\n\nClassified By: Jane Roe, reasons 1.4 (b)")
        #expect(header.subject == "A VISIT")
        #expect(header.references.compactMap(\.cableID) == ["08QUITO12"])
        #expect(header.classifier?.name == "Jane Roe")
        #expect(header.notes.contains("Please pass to the desk."))
    }

    @Test(arguments: [
        ("Classified By: DCM Jane Q. Roe for reasons 1.4 (b) and (d).", "DCM", "Jane Q. Roe", "1.4 (b) and (d)"),
        ("CLASSIFIED BY AMBASSADOR JOHN DOE. REASONS: 1.5 (B) AND (D).", "AMBASSADOR", "JOHN DOE", "1.5 (B) AND (D)"),
        (
            "Classified By: Jane Roe, Political Counselor. REASON: 1.4 (b), (d)", "Political Counselor", "Jane Roe",
            "1.4 (b), (d)"
        ),
        ("Classified By: Amb. J.R. Doe; reasons: 1.5 (b,d).", "Amb.", "J.R. Doe", "1.5 (b,d)"),
        ("Classified By: CDA JOHN DOE PER 1.4 (B) AND (D)", "CDA", "JOHN DOE", "1.4 (B) AND (D)"),
        ("Classified By: CDA JANE ROE PER 1. 4 (B) AND (D).", "CDA", "JANE ROE", "1.4 (B) AND (D)"),
        (
            "Classified By: Economic Officer Jane Roe for reasons 1.4 (b) a\nnd (d).", "Economic Officer", "Jane Roe",
            "1.4 (b) and (d)"
        ),
        (
            "Classified By: Charge d'Affaires John\nDoe for reasons 1.4 (B\n) and (D).", "Charge d'Affaires",
            "John Doe", "1.4 (B) and (D)"
        ),
        ("¶1. (U) CLASSIFIED BY DCM JOHN DOE; REASONS 1.5 (B) AND (D).", "DCM", "JOHN DOE", "1.5 (B) AND (D)"),
        ("(U) Classified by PolCouns Jane Roe, reasons 1.5 (b).", "PolCouns", "Jane Roe", "1.5 (b)"),
        ("Classified By: CDA, a.i., Jane Roe, reasons 1.4(b) and (d)", "CDA, a.i.", "Jane Roe", "1.4(b) and (d)"),
        (
            "Classified by Polcounselor Jane Roe; reasons: E.O. 12958 1.4 (b,d).", "Polcounselor", "Jane Roe",
            "E.O. 12958 1.4 (b,d)"
        ),
    ])
    func classifiedByForms(lines: String, title: String, name: String, reasons: String) throws {
        let authority = try #require(try Self.header(lines).classifier)
        #expect(authority == ClassificationAuthority(title: title, name: name, reasons: reasons))
    }
}
