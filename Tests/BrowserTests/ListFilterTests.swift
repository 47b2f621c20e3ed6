import Testing

@testable import Browser

/// `f` narrows a list as the words are typed (the figures, the outline, the index); Enter keeps it, Esc restores it.
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

    @Test func theIndexNarrowsToEntriesUnderTheirGroupsHeadings() {
        var state = Fixtures.state(120, 40)
        let all = state.document.indexRows.count { state.document.indexEntry($0) != nil }
        state.type("3ftraffick")
        #expect(state.prompt?.kind == .filter)
        let rows = state.indexRows
        let entries = rows.compactMap { state.document.indexEntry($0) }
        #expect(!entries.isEmpty && entries.count < all)
        #expect(entries.allSatisfy { ($0.title + " " + $0.detail).lowercased().contains("traffick") })
        for (position, row) in rows.enumerated() where state.document.indexEntry(row) == nil {
            #expect(position + 1 < rows.count && rows[position + 1].group == row.group)
        }
        let groups = Set(rows.map(\.group))
        #expect(groups.count > 1 && groups.count == rows.count - entries.count)
        state.type("⏎")
        #expect(state.frame.contains("filter “traffick” · \(entries.count) of \(all) entries"))
        #expect(state.indexEntry(atRow: state.index.entries.selection)?.title == entries[0].title)
        state.type("j⏎")
        #expect(state.openIndexEntry?.title == entries[1].title)
        state.type("hf")
        state.press(.control("u"))
        state.type("zzz")
        #expect(state.frame.contains("No entry holds “zzz”"))
        state.type("⎋")
        #expect(state.indexRows == rows)
    }

    @Test func followingAReferenceToTheIndexListsEveryEntryAgain() {
        var state = Fixtures.state(120, 40)
        state.type("3fzzz⏎1])⏎")
        #expect(state.focus == .index)
        #expect(state.index.entries.filter.isEmpty)
        #expect(state.openIndexEntry != nil)
    }

    @Test func paneWithoutAFilterSaysTheKeyDoesNothing() {
        var state = Fixtures.state(120, 40)
        state.type("⇥")
        #expect(state.focus == .reader)
        state.type("f")
        #expect(state.prompt == nil)
        #expect(state.message?.text == "f does nothing here: ? lists the keys")
    }
}
