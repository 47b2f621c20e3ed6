import Testing

@testable import Browser

/// The header as the first entry of the outline: its fields from the model, REF lines to follow, load warnings.
@Suite struct HeaderViewTests {
    private static let cable = """
        R 021530Z MAR 11
        FM AMEMBASSY KESTREL
        TO RUEHC/SECSTATE WASHDC ROUTINE 0815
        INFO RUEHXX/AMEMBASSY PLOVER 0042

        C O N F I D E N T I A L KESTREL 000123

        SIPDIS

        E.O. 12958: DECL: 03/02/2021
        TAGS: PGOV, KTIP, ECON
        SUBJECT: A HARVEST REPORT OF MY OWN MAKING

        REF: A. STATE 4321 B. KESTREL 99

        Classified By: Ambassador A. Writer for reasons 1.4 (b) and (d)

        1. (C) As reftel asked, the embassy counted 40 stalls at the market.

        2. (C) The harvest ended early.

        WRITER

        """

    @Test func theHeaderIsTheOutlinesFirstEntryAndSaysWhatTheParserFound() throws {
        var state = try Fixtures.state(text: Self.cable, 100, 40)
        #expect(state.currentID == "1")
        #expect(state.document.cable.units.first?.id == "header")
        state.type(":header⏎")
        #expect(state.currentID == "header")
        let text = state.document.cable.units[0].text
        for line in [
            "Classification  CONFIDENTIAL", "From            AMEMBASSY KESTREL", "To              SECSTATE WASHDC",
            "Info            AMEMBASSY PLOVER", "Subject         A HARVEST REPORT OF MY OWN MAKING",
            "Ref             A. STATE 4321 = 11STATE4321", "Signed          WRITER",
        ] {
            #expect(text.contains(line), "\(line)")
        }
        #expect(text.contains("Tags            KTIP  "))
        #expect(state.frame.contains("header"))
        #expect(state.frame.contains("A HARVEST REPORT OF MY OWN MAKING"))
    }

    @Test func aRefLineIsFollowedLikeAnyReference() throws {
        var state = try Fixtures.state(text: Self.cable, 100, 40)
        state.type(":header⏎}")
        #expect(state.cursor?.span.unit == 0)
        state.type("⏎")
        #expect(state.focus == .index)
        let entry = state.openIndexEntry
        #expect(entry?.kind == .cable(0))
        #expect(entry?.title.contains("11STATE4321") == true)
    }

    @Test func theHeadersNumbersAreNotFigures() throws {
        let state = try Fixtures.state(text: Self.cable, 100, 40)
        for table in state.document.findings.tables {
            #expect(table.sources.allSatisfy { $0?.unit != 0 }, "\(table.title)")
        }
        #expect(state.document.findings.tables.first?.rows.contains { $0.contains("40") } == true)
    }

    @Test func loadWarningsShowAtOpenAndInTheHeader() throws {
        let state = try Fixtures.state(text: "Just a note of my own, with no header at all.\n\nA second paragraph.\n")
        #expect(state.message?.kind == .warning)
        #expect(state.message?.text.hasPrefix("warning: no cable header found") == true)
        #expect(state.document.cable.units[0].text.contains("Warning         no cable header found"))
        #expect(state.frame.contains("warning: no cable header found"))
    }
}
