import Testing

@testable import Browser

/// Action tests of search, statute and cross-reference stepping, tables and the index, on hand-made findings.
@Suite struct FindingsActionTests {
    @Test func searchLightsUpAsYouTypeAndEnterKeepsIt() {
        var state = SyntheticFindings.state()
        state.type("/cott")
        #expect(state.prompt != nil)
        let count = state.search.matches.count
        #expect(count > 0)
        #expect(state.search.current == 0)
        #expect(state.cursor?.kind == .searchHit(0))
        #expect(state.focus == .reader)
        state.type("on⏎")
        #expect(state.prompt == nil)
        #expect(state.search.query == "cotton")
        #expect(state.search.history == ["cotton"])
        #expect(state.jumps.entries.count == 1)
        #expect(StatusSegments.searchText(state) == "/cotton 1/\(state.search.matches.count)")
    }

    @Test func escapeRestoresTheViewAndTheSearchBefore() {
        var state = SyntheticFindings.state()
        state.type("jj")
        let before = state.location
        state.type("/cotton")
        #expect(state.location != before)
        state.type("⎋")
        #expect(state.location == before)
        #expect(!state.search.isActive)
        #expect(state.jumps.entries.isEmpty)
    }

    @Test func nextAndPreviousMatchWrapWithANotice() {
        var state = SyntheticFindings.state()
        state.type("/cotton⏎")
        let count = state.search.matches.count
        for step in 1..<count {
            state.type("n")
            #expect(state.search.current == step)
        }
        state.type("n")
        #expect(state.search.current == 0)
        #expect(state.message?.text == "search: wrapped to the top")
        state.type("N")
        #expect(state.search.current == count - 1)
        #expect(state.message?.text == "search: wrapped to the bottom")
        #expect(state.cursor?.span == state.search.matches[count - 1])
    }

    @Test func searchHistoryRecallsAndSearchesAgain() {
        var state = SyntheticFindings.state()
        state.type("/cotton⏎/victims⏎/")
        state.press(.up)
        #expect(state.prompt?.text == "victims")
        state.press(.up)
        #expect(state.prompt?.text == "cotton")
        #expect(state.search.query == "cotton")
        state.type("⏎")
        #expect(state.search.history == ["victims", "cotton"])
    }

    @Test func statuteReferencesStepAndTheSameStatuteStepsWithin() {
        var state = SyntheticFindings.state()
        let findings = state.document.findings
        state.type("]")
        #expect(state.cursor?.kind == .statute(0))
        #expect(state.cursor?.span == findings.statuteMentions[0].span)
        #expect(StatusSegments.statuteText(state)?.hasPrefix("Art. 130.1 1/\(findings.statuteMentions.count)") == true)
        state.type(")")
        guard case .statute(let second) = state.cursor?.kind else { return #expect(Bool(false)) }
        #expect(findings.statuteMentions[second].statute == 0)
        #expect(findings.statuteMentions[second].ordinal == 1)
        state.type("[")
        #expect(state.cursor?.kind == .statute(second - 1))
    }

    @Test func enterOnAStatuteOpensItsIndexEntryAndBackspaceReturns() {
        var state = SyntheticFindings.state()
        state.type("jj")
        let start = state.location
        state.type("]")
        let onReference = state.location
        state.type("⏎")
        #expect(state.focus == .index)
        #expect(state.index.openEntry == 1)
        #expect(state.frame.contains("← Art. 130.1"))
        state.press(.backspace)
        #expect(state.location == onReference)
        state.press(.backspace)
        #expect(state.location == start)
    }

    @Test func crossReferencesStepAndFollow() {
        var state = SyntheticFindings.state()
        state.type("}")
        #expect(state.cursor?.kind == .crossReference(0))
        #expect(StatusSegments.statuteText(state) == "→ 26.B 1/1")
        state.type("⏎")
        #expect(state.currentID == "26.B")
        #expect(state.topID == "26.B")
        state.press(.backspace)
        #expect(state.cursor?.kind == .crossReference(0))
    }

    @Test func tablesSwitchSortReverseAndShowTheirSentence() {
        var state = SyntheticFindings.state()
        state.type("2")
        #expect(state.statisticsOrder == [0, 1, 2])
        state.type("j")
        #expect(state.selectedStatisticsRow == 1)
        state.type("s")
        #expect(state.statistics.current.sortColumn == 0)
        #expect(state.statisticsOrder == [1, 0, 2])
        #expect(state.selectedStatisticsRow == 1)
        state.type("r")
        #expect(state.statisticsOrder == [2, 0, 1])
        #expect(state.selectedStatisticsRow == 1)
        state.type("ss")
        #expect(state.statistics.current.sortColumn == 2)
        state.type("s")
        #expect(state.statistics.current.sortColumn == nil)
        state.type("⏎")
        #expect(state.focus == .reader)
        #expect(state.cursor?.kind == .figure(table: 0, row: 1))
        state.type("2t")
        #expect(state.statistics.table == 1)
        #expect(state.frame.contains("No victims table."))
        state.type("t")
        #expect(state.statistics.table == 0)
    }

    @Test func theIndexListsMentionsAndGoesToThem() {
        var state = SyntheticFindings.state()
        state.type("3")
        #expect(state.index.entries.selection == 1)
        state.type("jj")
        #expect(state.index.entries.selection == 4)
        state.type("⏎")
        #expect(state.index.openEntry == 4)
        state.type("j⏎")
        #expect(state.focus == .reader)
        #expect(state.cursor?.kind == .mention(row: 4, mention: 1))
        state.type("3h")
        #expect(state.index.openEntry == nil)
        state.type("k")
        #expect(state.index.entries.selection == 2)
    }

    @Test func searchHighlightsReachEveryPane() {
        var state = SyntheticFindings.state(200, 50)
        state.type("/dushanbe⏎")
        let screen = Renderer.render(state)
        let lit = screen.cells.enumerated().filter { $0.element.style.role == .searchHit }.map { $0.offset % 200 }
        let layout = state.layout
        for pane in [PaneID.outline, .reader, .index] {
            let rect = layout.panes[pane]!
            #expect(lit.contains { $0 >= rect.x && $0 < rect.maxX }, "\(pane)")
        }
    }
}
