import Testing

@testable import Browser

/// `f` narrows a list as the words are typed (the figures, the outline); Enter keeps it, Esc restores it.
@Suite struct ListFilterTests {
    @Test func theFiguresNarrowAsTheWordsAreTyped() {
        var state = Fixtures.state(120, 40)
        state.type("2")
        let all = state.statisticsOrder.count
        state.type("fvictims")
        #expect(state.prompt?.kind == .filter)
        let narrowed = state.statisticsOrder
        #expect(!narrowed.isEmpty && narrowed.count < all)
        let table = state.document.findings.tables[0]
        #expect(narrowed.allSatisfy { table.rows[$0].joined(separator: " ").lowercased().contains("victims") })
        state.type("⏎")
        #expect(state.prompt == nil)
        #expect(state.statisticsOrder == narrowed)
        #expect(state.frame.contains("filter “victims” · \(narrowed.count) of \(all) rows"))
        state.type("G")
        #expect(state.statistics.current.selection == narrowed.count - 1)
        state.type("fzzz⎋")
        #expect(state.statisticsOrder == narrowed)
    }

    @Test func theOutlineNarrowsToUnitsWhoseWordsMatch() {
        var state = Fixtures.state(120, 40)
        state.type("fprosecut")
        let rows = state.outlineRows
        #expect(!rows.isEmpty && rows.count < state.document.unitCount)
        state.type("⏎j")
        #expect(rows.contains(state.reader.current))
        state.type("f")
        state.press(.control("u"))
        state.type("⏎")
        #expect(state.outlineRows.count == state.document.tree.visibleUnits(folded: []).count)
    }

    @Test func paneWithoutAFilterSaysTheKeyDoesNothing() {
        var state = Fixtures.state(120, 40)
        state.type("3f")
        #expect(state.prompt == nil)
        #expect(state.message?.text == "f does nothing here: ? lists the keys")
    }
}
