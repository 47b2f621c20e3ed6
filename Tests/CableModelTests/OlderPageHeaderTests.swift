import CableData
import CableModel
import Testing

/// The older telegrams' page headers (`PAGE 02 POST 01234 01 OF 03 291400Z`) are page breaks: they leave the subject
/// and the text, with the page's classification before them and a section's repeated header after a `PAGE 01`.
@Suite struct OlderPageHeaderTests {
    private static let top = """
        VZCZCXRO0001
        R 121340Z MAR 01
        FM AMEMBASSY ALPHA
        TO SECSTATE WASHDC 0001

        C O N F I D E N T I A L SECTION 01 OF 02 ALPHA 004321
        E.O. 12958: DECL: 03/12/11
        TAGS: PREL XX
        SUBJECT: THE MINISTER VISITS THE
         CONFIDENTIAL
        PAGE 02 ALPHA 04321 01 OF 02 121340Z NORTHERN FARMS

        """

    @Test func pageHeadersLeaveTheSubjectAndTheText() throws {
        let body = """
            1. (C) THE MINISTER SPOKE TO GROWERS ABOUT  CONFIDENTIAL
            PAGE 03 ALPHA 04321 01 OF 02 121340Z THE PRICE OF SEED.

            2. (C) THEY ASKED FOR CREDIT.  CONFIDENTIAL PAGE 04 ALPHA 04321 01 OF 02 121340Z
            THE BANKS DECLINED.

            DOE

            """
        let cable = try #require(try CableLoader.load(Array((Self.top + body).utf8), knowledge: .bundled).first)
        #expect(cable.header.subject == "THE MINISTER VISITS THE NORTHERN FARMS")
        #expect(
            cable.units.map(\.text) == [
                "THE MINISTER SPOKE TO GROWERS ABOUT THE PRICE OF SEED.", "THEY ASKED FOR CREDIT. THE BANKS DECLINED.",
            ])
    }

    @Test func aSectionsRepeatedHeaderLeavesTheText() throws {
        let body = """
            1. (C) THE MINISTER SPOKE TO GROWERS.  CONFIDENTIAL
            PAGE 01 ALPHA 04321 02 OF 02 121341Z ACTION EUR-00
            INFO LOG-00 NP-00 /012W
            FM AMEMBASSY ALPHA
            C O N F I D E N T I A L SECTION 02 OF 02 ALPHA 004321
            E.O. 12958: DECL: 03/12/11 TAGS: PREL XX
            SUBJECT: THE MINISTER VISITS THE
             CONFIDENTIAL
            PAGE 02 ALPHA 04321 02 OF 02 121341Z NORTHERN FARMS
            THEY ASKED FOR CREDIT.

            2. (C) THE BANKS DECLINED.

            """
        let cable = try #require(try CableLoader.load(Array((Self.top + body).utf8), knowledge: .bundled).first)
        #expect(
            cable.units.map(\.text) == ["THE MINISTER SPOKE TO GROWERS. THEY ASKED FOR CREDIT.", "THE BANKS DECLINED."])
    }

    @Test(arguments: [
        "1. (C) THE REPORT, PAGE 02 OF THE ANNEX, NAMES 12 FIRMS.\n",
        "1. (C) SEE PAGE 12 ALPHA 2001 FOR THE LIST.\n",
    ])
    func aPageNamedInTheTextStays(body: String) throws {
        let cable = try #require(try CableLoader.load(Array((Self.top + body).utf8), knowledge: .bundled).first)
        #expect(cable.units.first?.text.contains("PAGE") == true)
    }
}
