import Testing

@testable import Browser

/// The pane table: every pane is found there, and what the browser does with panes comes from it.
@Suite struct PaneTableTests {
    @Test func everyPaneHasOneRowWithItsOwnId() {
        let ids = PaneTable.panes.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids { #expect(PaneTable.pane(id).id == id) }
        #expect(PaneID.allCases == ids)
    }

    @Test func tabNumbersFocusThePanesOfTheirTab() {
        var state = Fixtures.state(80, 24)
        for pane in PaneTable.panes where !pane.id.isParagraphs {
            state.type(String(pane.tab))
            #expect(state.focus == pane.id)
            #expect(state.frame.contains("\(pane.tab)·\(pane.title)"))
        }
    }

    @Test func eachPaneDrawsItsTitleAndDetailWhenFocused() {
        for pane in PaneTable.panes {
            var state = Fixtures.state(80, 24)
            _ = state.focusPane(pane.id)
            let frame = state.frame
            #expect(frame.contains(pane.title + "  " + String(pane.detail(state).prefix(10))))
        }
    }

    @Test func tabCyclesThroughThePanesInTableOrder() {
        var state = Fixtures.state(80, 24)
        var seen: [PaneID] = [state.focus]
        for _ in PaneTable.panes.dropFirst() {
            state.type("⇥")
            seen.append(state.focus)
        }
        #expect(seen == PaneID.allCases)
    }
}
