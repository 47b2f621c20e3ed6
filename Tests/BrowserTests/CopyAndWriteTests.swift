import Testing

@testable import Browser

/// `y` and `Y` ask for the clipboard with a citation; `w` asks for a CSV file of the table shown. The event loop
/// does the writing; the state says what was asked and what came of it.
@Suite struct CopyAndWriteTests {
    @Test func yCopiesTheUnitWithItsCitation() {
        var state = Fixtures.state()
        let reaction = state.type(":27e⏎y")
        #expect(reaction.contains(.output))
        guard case .clipboard(let text) = state.output else {
            Issue.record("no clipboard request")
            return
        }
        let unit = state.document.cable.units[state.reader.current]
        #expect(text.hasPrefix(unit.heading ?? unit.text))
        #expect(text.contains(unit.text))
        #expect(text.hasSuffix("— 10DUSHANBE170 ¶27.E, 2010 TRAFFICKING IN PERSONS REPORT FOR TAJIKISTAN, 2010-02-10"))
        #expect(state.message?.text.hasPrefix("copied 27.E with its citation") == true)
    }

    @Test func capitalYCopiesTheCitationAlone() {
        var state = Fixtures.state()
        state.type(":4⏎Y")
        #expect(
            state.output
                == .clipboard("10DUSHANBE170 ¶4, 2010 TRAFFICKING IN PERSONS REPORT FOR TAJIKISTAN, 2010-02-10"))
        state.finishOutput(nil)
        #expect(state.output == nil)
    }

    @Test func wWritesTheTableShownInItsOrder() {
        var state = Fixtures.state()
        state.type("2ss")
        state.type("w")
        #expect(state.prompt?.kind == .file)
        #expect(state.prompt?.text == "10DUSHANBE170-Figures.csv")
        state.type("⏎")
        guard case .file(let path, let contents, let rows) = state.output else {
            Issue.record("no file request")
            return
        }
        let table = state.document.findings.tables[0]
        #expect(path == "10DUSHANBE170-Figures.csv")
        #expect(rows == table.rows.count)
        let lines = contents.split(separator: "\r\n", omittingEmptySubsequences: false)
        #expect(lines.first == Substring(table.columns.joined(separator: ",")))
        #expect(lines.count == table.rows.count + 2)
        let firstShown = table.rows[state.statisticsOrder[0]][0]
        #expect(lines[1].hasPrefix(firstShown))
        state.finishOutput(nil)
        #expect(state.message?.text == "wrote \(table.rows.count) rows to 10DUSHANBE170-Figures.csv")
    }

    @Test func aFailedWriteSaysWhy() {
        var state = Fixtures.state()
        state.type("2w")
        state.press(.control("u"))
        state.type("/nowhere/x.csv⏎")
        state.finishOutput("no such folder")
        #expect(state.message == StatusMessage("could not write /nowhere/x.csv: no such folder", kind: .warning))
    }

    @Test func fileNamesAreLettersDigitsAndDashes() {
        #expect(BrowserState.fileName("10DUSHANBE170-Law enforcement") == "10DUSHANBE170-Law-enforcement")
        #expect(BrowserState.fileName("a/b: c") == "a-b-c")
        #expect(BrowserState.fileName("///") == "table")
    }
}
