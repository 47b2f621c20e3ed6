import CableData
import CableModel
import Testing

/// Recipients, exclusions, the message's serial and the signer in the forms the cables use, written for these tests.
@Suite struct EnvelopeFormTests {
    static func cable(_ text: String) throws -> Cable {
        try CableLoader.loadFirst(Array(text.utf8), knowledge: .bundled)
    }

    /// The envelope printed again after the signature goes, with the export's caption and classification line
    /// above it; so do the first lines of the next message's envelope (`PP RUEHWEB`, the `DE` line).
    @Test func transmissionTailsGo() throws {
        let text =
            "O 121500Z MAY 07\nFM AMEMBASSY QUITO\nTO SECSTATE WASHDC 0101\n\nUNCLAS QUITO 000412\n\n"
            + "¶1. (U) The mayor opened the market on Friday.\n\nJONES\n\n"
        let repeated =
            "Printed copy. UNCLASSIFIED QUITO 00000412\nO 121500Z MAY 07\nFM AMEMBASSY QUITO\nTO SECSTATE WASHDC 0101\n"
        let next = "PP RUEHWEB\n\nDE RUEHQT #0412/01 1421500\nZNR UUUUU ZZH\n"
        for tail in [repeated, next] {
            let cable = try Self.cable(text + tail)
            #expect(cable.units.map(\.text) == ["The mayor opened the market on Friday."])
            #expect(cable.header.signature == "JONES")
        }
    }

    @Test func classificationGluedWithATab() throws {
        let cable = try Self.cable(
            "O 121500Z MAY 07\nFM AMEMBASSY QUITO\nTO SECSTATE WASHDC 0101\tUNCLAS QUITO 000412\n\n¶1. Text.\n")
        #expect(cable.header.classification == "UNCLASSIFIED")
        #expect(cable.header.number == 412)
    }

    @Test func multiWordPrecedencesStayWhole() throws {
        let cable = try Self.cable(
            """
            O 121500Z MAY 07
            FM AMEMBASSY QUITO
            TO SECSTATE WASHDC NIACT IMMEDIATE 0101
            INFO AMEMBASSY LIMA PRIORITY
            AMEMBASSY BOGOTA NIACT IMMEDIATE

            CONFIDENTIAL QUITO 000412

            ¶1. (C) Text.
            """)
        #expect(cable.header.to.map(\.name) == ["SECSTATE WASHDC"])
        #expect(cable.header.to.first?.precedence == "NIACT IMMEDIATE")
        #expect(cable.header.info.map(\.name) == ["AMEMBASSY LIMA", "AMEMBASSY BOGOTA"])
        #expect(cable.header.info.map(\.precedence) == ["PRIORITY", "NIACT IMMEDIATE"])
    }

    @Test func exclusionsAreAListOfTheirOwn() throws {
        let cable = try Self.cable(
            """
            R 101500Z JUN 05
            FM SECSTATE WASHDC
            TO ALL EUROPEAN POSTS COLLECTIVE
            INFO AMEMBASSY OTTAWA
            XMT AMEMBASSY OSLO
            AMCONSUL MILAN

            UNCLAS STATE 101234

            ¶1. Text.
            """)
        #expect(cable.header.to.map(\.name) == ["ALL EUROPEAN POSTS COLLECTIVE"])
        #expect(cable.header.info.map(\.name) == ["AMEMBASSY OTTAWA"])
        #expect(cable.header.excluded.map(\.name) == ["AMEMBASSY OSLO", "AMCONSUL MILAN"])
    }

    @Test func officeDistributionIsNoAddressee() throws {
        let cable = try Self.cable(
            """
            ACTION EUR-00
            INFO  LOG-00   AID-00   CIAE-00  INR-00
                  USIE-00  SAS-00    /012W
            R 011200Z DEC 99
            FM AMEMBASSY OSLO
            TO SECSTATE WASHDC 1234
            INFO AMEMBASSY STOCKHOLM

            CONFIDENTIAL OSLO 001234

            ¶1. (C) Text.
            """)
        #expect(cable.header.info.map(\.name) == ["AMEMBASSY STOCKHOLM"])
    }

    /// A cable whose DE line carries `serial` and whose classification line types `typed`.
    static func numbered(serial: String, typed: String) throws -> Cable {
        try cable(
            """
            DE RUEHQT #\(serial)/01 0931500
            ZNY CCCCC ZZH
            P 031500Z APR 09
            FM AMEMBASSY QUITO
            TO RUEHC/SECSTATE WASHDC PRIORITY 0001

            C O N F I D E N T I A L SECTION 01 OF 02 QUITO \(typed)

            ¶1. (C) Text.
            """)
    }

    @Test func theSerialDecidesTheIdWhenTheTypedNumberDisagrees() throws {
        let disagreeing = try Self.numbered(serial: "0305", typed: "000350")
        #expect(disagreeing.header.id == "09QUITO305")
        #expect(disagreeing.warnings.contains { $0.contains("350") && $0.contains("305") })
        let agreeing = try Self.numbered(serial: "0305", typed: "000305")
        #expect(agreeing.header.id == "09QUITO305")
        #expect(agreeing.warnings.isEmpty)
        // NB: the serial has four digits; `#0305` is the end of `10305`.
        let large = try Self.numbered(serial: "0305", typed: "010305")
        #expect(large.header.id == "09QUITO10305")
        #expect(large.warnings.isEmpty)
    }

    @Test(arguments: ["DOE##", "DOE.", "DOE \\"])
    func theSignerLosesTrailingMarks(line: String) throws {
        let cable = try Self.cable(
            "R 011200Z JAN 08\nFM AMEMBASSY QUITO\nTO SECSTATE WASHDC\n\nUNCLAS QUITO 000001\n\n¶1. The text.\n\(line)\n"
        )
        #expect(cable.header.signature == "DOE")
    }
}
