import Testing

@testable import Browser

/// No column of a statistics table disappears: columns scroll sideways with markers; tabs and headings take clicks;
/// a click on a reference in the text follows it.
@Suite struct TableColumnsTests {
    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func everyColumnCanBeReachedSideways(size: Size) {
        var state = Fixtures.state(size.width, size.height)
        state.type("2")
        for position in state.document.findings.tables.indices {
            state.statistics.table = position
            let table = state.document.findings.tables[position]
            var seen = Set<Int>()
            for _ in table.columns.indices {
                seen.formUnion(state.statisticsColumns.placed.map(\.column))
                state.press(.right)
            }
            #expect(seen == Set(table.columns.indices), "\(table.title) at \(size)")
            #expect(state.message?.text == "the last column shows" || table.columns.count == 1)
        }
    }

    @Test func aMarkerSaysMoreColumnsExist() {
        var state = Fixtures.state(80, 24)
        state.type("2")
        let content = state.contentRect(of: .statistics)
        let headings = state.frame.split(separator: "\n", omittingEmptySubsequences: false)[content.y + 1]
        #expect(headings.hasSuffix("▸"))
        state.press(.right)
        let scrolled = state.frame.split(separator: "\n", omittingEmptySubsequences: false)[content.y + 1]
        #expect(scrolled.hasPrefix("◂"))
        state.press(.left)
        #expect(state.statistics.current.firstColumn == 0)
    }

    @Test func columnsFitTheirContentUpToAShare() {
        let columns = TableColumns(natural: [4, 60, 3, 80], first: 0, x: 0, width: 80)
        #expect(columns.placed.map(\.column) == [0, 1, 2, 3])
        #expect(columns.placed[0].width == 4)
        #expect(columns.placed[1].width == 26)
        #expect(!columns.hiddenRight)
        let narrow = TableColumns(natural: [4, 60, 3, 80, 9, 12], first: 0, x: 0, width: 40)
        #expect(narrow.hiddenRight)
        #expect(!narrow.hiddenLeft)
        #expect(narrow.placed.allSatisfy { $0.width >= 1 })
    }

    @Test func tKeysAndClicksOnTabsSwitchTables() {
        var state = Fixtures.state(120, 40)
        state.type("2t")
        #expect(state.statistics.table == 1)
        state.type("T")
        #expect(state.statistics.table == 0)
        let content = state.layout.content(of: .statistics)!
        let tables = state.document.findings.tables
        let names = StatisticsPane.tableNameColumns(
            tables, width: content.width, displayWidth: state.document.displayWidth)!
        _ = state.handle(.mouse(MouseEvent(.press, column: content.x + names[2].lowerBound + 1, row: content.y)))
        #expect(state.statistics.table == 2)
    }

    @Test func aClickOnAHeadingSortsByItsColumn() {
        var state = Fixtures.state(120, 40)
        state.type("2")
        let content = state.layout.content(of: .statistics)!
        let second = state.statisticsColumns.placed[1]
        _ = state.handle(.mouse(MouseEvent(.press, column: second.x + 1, row: content.y + 1)))
        #expect(state.statistics.current.sortColumn == second.column)
        #expect(!state.statistics.current.descending)
        _ = state.handle(.mouse(MouseEvent(.press, column: second.x + 1, row: content.y + 1)))
        #expect(state.statistics.current.descending)
    }

    @Test func aClickOnAStatuteInTheTextFollowsIt() {
        var state = Fixtures.state(120, 40)
        state.type(":27a⏎")
        let frame = Renderer.render(state)
        let reader = state.layout.content(of: .reader)!
        var target: (Int, Int)?
        for row in reader.y..<reader.maxY where target == nil {
            for column in reader.x..<reader.maxX where frame[column, row].style.role == .statute {
                target = (column, row)
                break
            }
        }
        guard let (column, row) = target else {
            Issue.record("no statute reference drawn")
            return
        }
        _ = state.handle(.mouse(MouseEvent(.press, column: column, row: row)))
        #expect(state.focus == .index)
        #expect(state.index.openEntry != nil)
    }
}
