import CableData
import CableModel
import Testing

/// Addressee lines and the page debris inside TO, INFO and XMT lists, in the forms the cables use, written for
/// these tests.
@Suite struct AddresseeFormTests {
    static func header(_ envelope: String) throws -> Header {
        try CableLoader.loadFirst(Array((envelope + "\n\n¶1. (U) Text.\n").utf8), knowledge: .bundled).header
    }

    @Test func officeSymbolsAfterDoubleSlashesAreTheOfficeWithin() throws {
        let header = try Self.header(
            """
            R 031200Z MAR 08
            FM AMEMBASSY OSLO
            TO RUEKJCS/JOINT STAFF WASHDC//J-2/J-4// PRIORITY
            INFO RHMFISS/CDR USAFRICOM STUTTGART GE// PRIORITY 0042
            RUEHSM/AMEMBASSY STOCKHOLM//DAO PRIORITY 0101
            """)
        #expect(header.to.map(\.name) == ["JOINT STAFF WASHDC"])
        #expect(header.to.first?.office == "J-2/J-4")
        #expect(header.to.first?.precedence == "PRIORITY")
        #expect(header.info.map(\.name) == ["CDR USAFRICOM STUTTGART GE", "AMEMBASSY STOCKHOLM"])
        #expect(header.info.map(\.office) == [nil, "DAO"])
        #expect(header.info.map(\.serial) == ["0042", "0101"])
    }

    @Test func wordsGarbledInTransmission() throws {
        let header = try Self.header(
            """
            P 051200Z MAY 09
            FM AMEMBASSY OSLO
            TO RUEHC/SECSTATE WASHDC PRIORITY 0310
            INFO UEHCP/AMEMBASSY COPENHAGEN PRIORITY
            USMISSION USNATO IMMEDATE
            RUAYJAA/CTF 68
            """)
        #expect(header.info.map(\.name) == ["AMEMBASSY COPENHAGEN", "USMISSION USNATO", "CTF 68"])
        #expect(header.info.map(\.routingIndicator) == ["UEHCP", nil, "RUAYJAA"])
        #expect(header.info.map(\.precedence) == ["PRIORITY", "IMMEDIATE", nil])
        #expect(header.info.map(\.serial) == [nil, nil, nil])
    }

    @Test func aPageHeaderWhereTheListsFirstLineWasIsNoAddressee() throws {
        let header = try Self.header(
            """
            P 101500Z APR 09
            FM SECSTATE WASHDC
            TO PAGE 02        STATE   041122  101504Z
            AMEMBASSY LISBON PRIORITY
            INFO PAGE 02        STATE   041122  101504Z
            AMEMBASSY MADRID
            """)
        #expect(header.to.map(\.name) == ["AMEMBASSY LISBON"])
        #expect(header.info.map(\.name) == ["AMEMBASSY MADRID"])
    }

    @Test func aPageBreakInsideAListContinuesIt() throws {
        let header = try Self.header(
            """
            R 201500Z JUN 03
            FM SECSTATE WASHDC
            TO ALL OSCE CAPITALS
            INFO AMEMBASSY VIENNA
                                   SECRET

            PAGE 02        STATE  171717  201500Z
            USMISSION USOSCE
            XMT AMEMBASSY MINSK
             SECRET
            PAGE 03 STATE 171717 201500Z
            AMEMBASSY TASHKENT
            """)
        #expect(header.to.map(\.name) == ["ALL OSCE CAPITALS"])
        #expect(header.info.map(\.name) == ["AMEMBASSY VIENNA", "USMISSION USOSCE"])
        #expect(header.excluded.map(\.name) == ["AMEMBASSY MINSK", "AMEMBASSY TASHKENT"])
    }

    @Test func theOlderTelegramsProcessingLinesAboveTheOriginAreNoText() throws {
        let header = try Self.header(
            """
            PAGE 01        LUSAKA  01234  01 OF 02  121000Z
            ACTION AF-00

            INFO  LOG-00   AID-00   CIAE-00
                  SAS-00    /004W
                              ------------------1B2C3D  121002Z /38
            FM AMEMBASSY LUSAKA
            TO SECSTATE WASHDC 4321
            INFO AMEMBASSY HARARE
            """)
        #expect(header.to.map(\.name) == ["SECSTATE WASHDC"])
        #expect(header.info.map(\.name) == ["AMEMBASSY HARARE"])
    }
}
