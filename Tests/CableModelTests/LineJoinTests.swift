import CableModel
import Testing

/// Wrapped prose reads as one flowing paragraph; lists, tables and schedules typed in the text keep their lines.
@Suite struct LineJoinTests {
    private func text(_ paragraph: String) throws -> String {
        try #require(try SyntheticCable.load(paragraph).unit(id: "1")).text
    }

    @Test func wrappedProseWithWideSentenceGapsFlows() throws {
        let paragraph = """
            ¶1. (C) The mayor and his deputies met the visiting team in the town hall on   
            Monday morning and the meeting was attended.   The delegation asked about the
            new water plant, the roads to the north and the market that burned in the
            spring; the mayor answered every question.

            """
        #expect(
            try text(paragraph)
                == "The mayor and his deputies met the visiting team in the town hall on Monday morning and the meeting "
                + "was attended.   The delegation asked about the new water plant, the roads to the north and the "
                + "market that burned in the spring; the mayor answered every question.")
    }

    @Test func tableRowsKeepTheirLines() throws {
        let paragraph = """
            ¶1. (U) Arrivals by province in the first quarter of the year, as counted:
            North province     1,200 people      up from 900
            South province       800 people      down from 950
            Coast                300 people      level

            """
        let lines = try text(paragraph).split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[2] == "South province       800 people      down from 950")
    }

    /// Short records, each opening with its case code, keep their lines; a wrapped sentence whose lines open with
    /// words joins.
    @Test func recordsOpeningWithCodesKeepTheirLines() throws {
        let records =
            "R-2004-00311 (Stolen Passports)\nR-2004-00129 (Visa Fraud Ring at the Border Post)\n"
            + "K-2005-01022 (Missing Cargo)\nTR7-0413-200-0911\n"
        let paragraph = "¶1. (U) Cases open at the end of the year:\n\n" + records + "\n"
        let cable = try SyntheticCable.load(paragraph)
        #expect(cable.units.map(\.text).joined(separator: "\n").contains(records.dropLast()))
        let prose = "¶1. (U) The R-2004 rules and the K-2005 rules\nboth apply to the ferry\nand to the port.\n"
        #expect(try text(prose) == "The R-2004 rules and the K-2005 rules both apply to the ferry and to the port.")
    }

    @Test func scheduleOfShortLinesKeepsItsLines() throws {
        let paragraph = """
            ¶1. (U) The visitors will keep to this program during their two days in the capital:
            Monday, 0900: Minister of Agriculture
            Monday, 1400: Farmers' union
            Tuesday, 1000: Chamber of Commerce, with lunch to follow at the residence of the consul

            """
        let lines = try text(paragraph).split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[1] == "Monday, 0900: Minister of Agriculture")
    }

    @Test func lowerCaseContinuesTheLineBeforeEvenInATable() throws {
        let paragraph = """
            ¶1. (U) Name:      SMITH, John
            Position:  head of the regional office for the
            northern districts
            Born:      1960

            """
        #expect(
            try text(paragraph).split(separator: "\n").map(String.init) == [
                "Name:      SMITH, John", "Position:  head of the regional office for the northern districts",
                "Born:      1960",
            ])
    }

    @Test func listEntriesKeepTheirLines() throws {
        let paragraph = """
            ¶1. (U) The team will raise three matters with the governor and his staff this week:
            - the delayed payments to the contractors who built the bridge last year;
            - the customs post at the border; and
            - the census.

            """
        #expect(try text(paragraph).split(separator: "\n").count == 4)
    }
}

/// A redaction stands for withheld text, whatever its length.
@Suite struct RedactedLineTests {
    /// A line of redaction alone wraps into the sentence it opens, and a paragraph redacted whole ends there.
    @Test func redactionsJoinTheirSentenceAndEndAWithheldParagraph() throws {
        let body = """
            ¶1. (C) XXXXXXXXXXXX
            XXXXXXXXXXXX told the visiting team that the new water plant would open in the spring, once the
            roads to the north were mended and the market was rebuilt.
            ¶2. (C) XXXXXXXXXXXX
            ¶3. (C) The mayor answered every question the team put to him about the harvest.

            """
        let cable = try SyntheticCable.load(body)
        #expect(cable.units.map(\.id) == ["1", "2", "3"])
        #expect(cable.unit(id: "1")?.text.hasPrefix("XXXXXXXXXXXX XXXXXXXXXXXX told the visiting team") == true)
        #expect(cable.unit(id: "2")?.text == "XXXXXXXXXXXX")
        let open = body.replacing("¶2. (C) XXXXXXXXXXXX", with: "¶2. (C) The team met XXXXXXXXXXXX")
        #expect(try SyntheticCable.load(open).units.map(\.id) == ["1", "2"])
    }
}
